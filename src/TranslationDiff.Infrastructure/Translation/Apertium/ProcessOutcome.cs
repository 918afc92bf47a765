namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>How a process run ended.</summary>
internal sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
