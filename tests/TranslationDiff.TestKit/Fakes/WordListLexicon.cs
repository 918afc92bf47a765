using TranslationDiff.Core.Translation;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>A dictionary of one language that knows the words it was given (case-sensitive) and records which languages it was asked about.</summary>
public sealed class WordListLexicon(string knownLanguage, params string[] words) : ILexicon
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    public List<string> Languages { get; } = [];

    public Task<IReadOnlyList<IReadOnlyList<string>>?> FindUnknownWordsAsync(string language, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Languages.Add(language);
        if (!string.Equals(language, knownLanguage, StringComparison.Ordinal))
        {
            return Task.FromResult<IReadOnlyList<IReadOnlyList<string>>?>(null);
        }

        IReadOnlyList<IReadOnlyList<string>> unknown = texts
            .Select(t => (IReadOnlyList<string>)t.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('.', ',', ';', ':', '!', '?'))
                .Where(w => w.Length > 0 && !_words.Contains(w))
                .ToList())
            .ToList();
        return Task.FromResult<IReadOnlyList<IReadOnlyList<string>>?>(unknown);
    }
}
