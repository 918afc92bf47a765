namespace TranslationDiff.Analysis.Detection;

/// <summary>A compound-tense verb group found in a text: where it is, its words and its tense.</summary>
internal sealed record CompoundTense(int Start, int Length, string Text, CompoundTenseKind Kind);
