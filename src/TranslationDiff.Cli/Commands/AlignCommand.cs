using System.CommandLine;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Cli.Commands;

/// <summary>
/// <c>align --source S --target T --source-translation M [--output O]</c>: aligns two texts given one sentence (or
/// paragraph) per line, using M, the line-by-line translation of S into T's language, and writes one bead per
/// line as <c>[i, j]:[k]</c> (0-based line numbers; <c>[4]:[]</c> is a source line with no counterpart).
/// </summary>
internal static class AlignCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var source = new Option<FileInfo>("--source") { Description = "Source text, one unit per line", Required = true };
        var target = new Option<FileInfo>("--target") { Description = "Target text, one unit per line", Required = true };
        var translation = new Option<FileInfo>("--source-translation") { Description = "The source translated line by line into the target's language", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Write the beads to this file (default: standard output)" };
        var command = new Command("align", "Align two texts sentence by sentence (or paragraph by paragraph) through a translation of the source.")
        {
            source, target, translation, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(source)!,
            parse.GetValue(target)!,
            parse.GetValue(translation)!,
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo source, FileInfo target, FileInfo translation, FileInfo? output, TextWriter console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        foreach (var (file, option) in new[] { (source, "--source"), (target, "--target"), (translation, "--source-translation") })
        {
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {option} file '{file.FullName}' does not exist.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        var sourceLines = await File.ReadAllLinesAsync(source.FullName, cancellationToken).ConfigureAwait(false);
        var targetLines = await File.ReadAllLinesAsync(target.FullName, cancellationToken).ConfigureAwait(false);
        var translationLines = await File.ReadAllLinesAsync(translation.FullName, cancellationToken).ConfigureAwait(false);
        if (translationLines.Length != sourceLines.Length)
        {
            await Console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"error: --source-translation has {translationLines.Length} lines but --source has {sourceLines.Length}; the translation must render the source line by line.")).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        // The aligner is made here rather than taken from the container: it is a pure algorithm with no
        // dependencies, this command needs its overload that takes the untranslated source (for the length
        // prior), and aligning files should not need fetchers, translators or storage configured.
        var beads = new SequenceAligner().Align(translationLines, targetLines, sourceLines);
        var lines = beads.Select(b => b.ToString());
        if (output is null)
        {
            foreach (var line in lines)
            {
                await console.WriteLineAsync(line).ConfigureAwait(false);
            }
        }
        else
        {
            await File.WriteAllLinesAsync(output.FullName, lines, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
