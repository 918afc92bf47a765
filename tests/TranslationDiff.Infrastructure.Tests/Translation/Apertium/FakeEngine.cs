using System.Text.RegularExpressions;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>
/// An in-memory stand-in for one engine call, for the routing logic: marks every word starting with "zorg"
/// as unknown, like Apertium does, and can drop the end of long inputs the way APy does.
/// </summary>
internal sealed partial class FakeEngine
{
    public List<(string Mode, string Input)> Calls { get; } = [];

    /// <summary>Inputs longer than this lose everything after it (0: never).</summary>
    public int TruncateAfter { get; init; }

    /// <summary>Mode whose calls fail (null: none).</summary>
    public string? FailingMode { get; init; }

    public Task<EngineCallResult> CallAsync(ApertiumMode mode, string input, CancellationToken cancellationToken)
    {
        Calls.Add((mode.Name, input));
        if (mode.Name == FailingMode)
        {
            return Task.FromResult(EngineCallResult.Failure("translate.engine-failed", $"{mode.Name} broke"));
        }

        var output = UnknownZorg().Replace(input, "*$0");
        if (TruncateAfter > 0 && output.Length > TruncateAfter)
        {
            output = output[..TruncateAfter];
        }

        return Task.FromResult(EngineCallResult.Success(output));
    }

    [GeneratedRegex(@"\bzorg\w*")]
    private static partial Regex UnknownZorg();
}
