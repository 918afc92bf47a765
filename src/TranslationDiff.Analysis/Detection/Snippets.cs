using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Short excerpts of other editions for a finding's evidence.</summary>
internal static class Snippets
{
    private const int MaxLength = 240;

    /// <summary>The sentence of <paramref name="text"/> holding position <paramref name="start"/>, shortened when long.</summary>
    public static string SentenceAround(string text, int start, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentence = SentenceSegmenter.Split(text, language).FirstOrDefault(s => start >= s.Start && start < s.End);
        return Shorten(sentence.Text ?? text);
    }

    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
    }
}
