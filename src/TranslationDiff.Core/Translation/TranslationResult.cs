using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Translation;

/// <summary>The translations of a request, or why the engine could not translate it.</summary>
public sealed record TranslationResult
{
    public IReadOnlyList<TranslatedText> Texts { get; init; } = [];

    /// <summary>How the texts travelled, e.g. "apertium:fr>es>en".</summary>
    public string Route { get; init; } = string.Empty;

    /// <summary>Characters sent to engines for this request (0 when all came from the translation memory).</summary>
    public long CharactersSent { get; init; }

    /// <summary>Engine calls made (process starts or HTTP requests).</summary>
    public int EngineCalls { get; init; }

    public Problem? Problem { get; init; }

    public bool Succeeded => Problem is null;

    public static TranslationResult Failed(string code, string message, string? subject = null) =>
        new() { Problem = new Problem("translate", code, message, subject) };
}
