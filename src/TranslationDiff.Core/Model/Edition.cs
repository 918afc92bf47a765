namespace TranslationDiff.Core.Model;

/// <summary>One language edition of an article, extracted and translated into the pivot language.</summary>
public sealed class Edition
{
    /// <summary>BCP-47 language code of the edition (see <see cref="LanguageTag"/>).</summary>
    public required string Language { get; init; }

    /// <summary>Where the edition came from: an http(s) URL or a file path.</summary>
    public required string Url { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The title rendered in the pivot language.</summary>
    public string PivotTitle { get; set; } = string.Empty;

    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>How the edition reached the pivot language, e.g. "apertium:fr>es>en" or "identity".</summary>
    public string TranslationRoute { get; set; } = string.Empty;

    /// <summary>The second opinion's route, e.g. "apertium:fr>ca>en", or null when the edition has none.</summary>
    public string? SecondRoute { get; set; }

    /// <summary>Hash of the fetched content, to tell versions apart.</summary>
    public string ContentHash { get; init; } = string.Empty;

    public DateTimeOffset FetchedAt { get; init; }

    public int WordCount => Paragraphs.Sum(p => CountWords(p.Text));

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
