using TranslationDiff.Core.Model;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>The raw output of one engine call, or why it failed.</summary>
internal sealed record EngineCallResult(string? Output, Problem? Problem)
{
    public static EngineCallResult Success(string output) => new(output, null);

    public static EngineCallResult Failure(string code, string message, string? subject = null) =>
        new(null, new Problem("translate", code, message, subject));
}
