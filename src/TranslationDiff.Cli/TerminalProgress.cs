using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Cli;

/// <summary>Shows pipeline progress on standard error when it is a terminal; silent otherwise.</summary>
internal sealed class TerminalProgress(int setIndex, int setCount) : IProgress<PipelineProgress>
{
    private readonly bool _interactive = !Console.IsErrorRedirected;

    public void Report(PipelineProgress value)
    {
        if (!_interactive)
        {
            return;
        }

        var prefix = setCount > 1 ? $"[{setIndex}/{setCount}] " : string.Empty;
        var language = value.Language is null ? string.Empty : $" {value.Language}";
        var line = value.Stage == "done"
            ? $"{prefix}{value.Comparison}: done"
            : $"{prefix}{value.Comparison}: {value.Stage}{language} ({value.Done + 1}/{value.Total})";
        Console.Error.Write("\r" + line.PadRight(Math.Max(line.Length, 60)));
        if (value.Stage == "done")
        {
            Console.Error.WriteLine();
        }
    }
}
