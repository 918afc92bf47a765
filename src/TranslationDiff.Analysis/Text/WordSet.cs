namespace TranslationDiff.Analysis.Text;

/// <summary>Word lists written as one space-separated string, read into an ordinal set.</summary>
internal static class WordSet
{
    public static HashSet<string> Of(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
