using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>
/// A test engine that records every request, translates by upper-casing (with "[lang]" prefix), reports a
/// version, and can be told to fail or to hold its answers until several calls have arrived.
/// </summary>
internal sealed class ScriptedTranslator(string name) : ITranslator, ITranslatorVersion
{
    private readonly object _lock = new();
    private readonly List<IReadOnlyList<string>> _requests = [];
    private TaskCompletionSource? _gate;
    private int _gateParties;
    private int _arrived;

    public string Name { get; } = name;

    public string Version { get; set; } = "1.0";

    /// <summary>When set, requests fail with this code (and nothing is translated).</summary>
    public string? FailWith { get; set; }

    /// <summary>Words reported as unknown when they appear in a text.</summary>
    public HashSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<IReadOnlyList<string>> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    public long CharactersSent => Requests.Sum(r => r.Sum(t => (long)t.Length));

    /// <summary>Holds each answer until <paramref name="parties"/> requests have arrived (to make writers collide).</summary>
    public void HoldUntil(int parties)
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gateParties = parties;
        _arrived = 0;
    }

    public static string Expected(string text, string target) => $"[{target}] {text.ToUpperInvariant()}";

    public ValueTask<string> GetVersionAsync(string sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Version);

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            _requests.Add(request.Texts.ToList());
        }

        var gate = _gate;
        if (gate is not null)
        {
            if (Interlocked.Increment(ref _arrived) >= _gateParties)
            {
                gate.TrySetResult();
            }

            await gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        var characters = request.Texts.Sum(t => (long)t.Length);
        if (FailWith is not null)
        {
            return TranslationResult.Failed(FailWith, $"The {Name} engine failed on purpose.") with { CharactersSent = characters, EngineCalls = 1 };
        }

        return new TranslationResult
        {
            Texts = request.Texts.Select(t => new TranslatedText(
                Expected(t, request.TargetLanguage),
                t.Split(' ').Where(Unknown.Contains).ToList(),
                [t.Length])).ToList(),
            Route = $"{Name}:{request.SourceLanguage}>{request.TargetLanguage}",
            CharactersSent = characters,
            EngineCalls = 1,
        };
    }
}
