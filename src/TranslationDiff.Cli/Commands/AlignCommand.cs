using System.CommandLine;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Cli.Commands;

/// <summary>
/// <c>align --source S --target T --source-translation M [--output O] [--dictionary D]</c>: aligns two texts given
/// one sentence (or paragraph) per line, using M, the line-by-line translation of S into T's language (and, if
/// given, a dictionary D from S's language into T's), and writes one bead per line as <c>[i, j]:[k]</c> (0-based
/// line numbers; <c>[4]:[]</c> is a source line with no counterpart).
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
        var dictionary = new Option<FileInfo?>("--dictionary") { Description = "Optional source-to-target dictionary in dictd format (the .index file, with its .dict or .dict.dz next to it), e.g. FreeDict deu-fra: a second similarity besides the translation" };
        var command = new Command("align", "Align two texts sentence by sentence (or paragraph by paragraph) through a translation of the source.")
        {
            source, target, translation, output, dictionary,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(source)!,
            parse.GetValue(target)!,
            parse.GetValue(translation)!,
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            cancellationToken,
            parse.GetValue(dictionary)));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo source, FileInfo target, FileInfo translation, FileInfo? output, TextWriter console, CancellationToken cancellationToken, FileInfo? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (dictionary is { Exists: false })
        {
            await Console.Error.WriteLineAsync($"error: --dictionary file '{dictionary.FullName}' does not exist.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

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
        BilingualLexicon? lexicon = null;
        if (dictionary is not null)
        {
            try
            {
                lexicon = BilingualLexicon.LoadDictd(dictionary.FullName);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: --dictionary '{dictionary.FullName}' could not be read: {ex.Message} (a dictd .index needs its .dict or .dict.dz beside it).").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            if (lexicon.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: --dictionary '{dictionary.FullName}' holds no entry with a translation; give the .index file of a dictd dictionary.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        var aligner = lexicon is null ? new SequenceAligner() : new SequenceAligner(lexicon);
        var beads = aligner.Align(translationLines, targetLines, sourceLines);
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
