namespace TranslationDiff.Analysis.Text;

/// <summary>A run of characters in a text: where it starts, how long it is, and what it says.</summary>
internal readonly record struct TextSpan(int Start, int Length, string Text)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int length) => start < End && Start < start + length;
}
