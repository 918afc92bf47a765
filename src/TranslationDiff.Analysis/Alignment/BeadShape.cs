namespace TranslationDiff.Analysis.Alignment;

/// <summary>How many source and target units a bead takes: (1, 2) is a 1-2 bead.</summary>
internal readonly record struct BeadShape(int Source, int Target)
{
    public bool IsSkip => Source == 0 || Target == 0;

    public override string ToString() => $"{Source}-{Target}";
}
