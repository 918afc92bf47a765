using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>
/// A deterministic word-for-word translator for tests: replaces known words (case-sensitive) and keeps the
/// rest; serves only the pairs it was given; counts calls and characters like a real engine.
/// </summary>
public sealed class DictionaryTranslator(string name = "fake") : ITranslator
{
    private readonly Dictionary<(string From, string To), Dictionary<string, string>> _pairs = [];

    public string Name { get; } = name;

    public int Calls { get; private set; }

    public long Characters { get; private set; }

    /// <summary>Whether words without a translation are reported unknown, as Apertium's '*' marks report them.</summary>
    public bool ReportsUnknownWords { get; init; }

    public DictionaryTranslator Pair(string from, string to, params (string Source, string Target)[] words)
    {
        _pairs[(from, to)] = words.ToDictionary(w => w.Source, w => w.Target, StringComparer.Ordinal);
        return this;
    }

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = (LanguageTag.Normalize(request.SourceLanguage), LanguageTag.Normalize(request.TargetLanguage));
        if (!_pairs.TryGetValue(key, out var words))
        {
            return Task.FromResult(TranslationResult.Failed("translate.unsupported-pair", $"The {Name} engine does not translate {key.Item1} to {key.Item2}.", $"{key.Item1}>{key.Item2}"));
        }

        Calls++;
        var characters = request.Texts.Sum(t => (long)t.Length);
        Characters += characters;
        var texts = request.Texts
            .Select(t => new TranslatedText(
                string.Join(' ', t.Split(' ').Select(w => words.TryGetValue(w, out var target) ? target : w)),
                ReportsUnknownWords ? t.Split(' ').Where(w => w.Length > 0 && !words.ContainsKey(w)).Select(w => w.TrimEnd('.', ',')).ToList() : []))
            .ToList();
        return Task.FromResult(new TranslationResult { Texts = texts, Route = $"{Name}:{key.Item1}>{key.Item2}", EngineCalls = 1, CharactersSent = characters });
    }
}
