using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Detection.Evaluation;

namespace TranslationDiff.Cli.Commands;

/// <summary>
/// <c>evaluate [--corpus DIR] [--details]</c>: runs the checks over a labelled corpus (folders holding a
/// case.json) and prints precision and recall per check and overall. It measures the checks with their
/// default thresholds, so figures are comparable between runs whatever the local configuration says.
/// </summary>
internal static class EvaluateCommand
{
    public const string DefaultCorpus = "tests/TranslationDiff.Analysis.Tests/Detection/Corpus";

    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var corpus = new Option<string>("--corpus") { Description = "Folder of labelled cases (each sub-folder holds a case.json)", DefaultValueFactory = _ => DefaultCorpus };
        var details = new Option<bool>("--details") { Description = "Also list every missed artifact and every false alarm" };
        var command = new Command("evaluate", "Measure the checks' precision and recall on a labelled corpus.") { corpus, details };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(corpus)!, parse.GetValue(details), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, bool details, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"error: the corpus folder '{folder}' does not exist; give one with --corpus DIR (default: {DefaultCorpus}, from the repository root).").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var files = Directory.GetFiles(folder, "case.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: no case.json under '{folder}'.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var cases = new List<CorpusCase>();
        foreach (var file in files)
        {
            try
            {
                cases.Add(CorpusEvaluator.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)));
            }
            catch (JsonException ex)
            {
                await Console.Error.WriteLineAsync($"error: {file} is not a valid case: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        var result = CorpusEvaluator.Evaluate(cases, new DetectionOptions());
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} cases, {result.Checks.Count} checks")).ConfigureAwait(false);
        await Console.Out.WriteAsync(result.Format(details)).ConfigureAwait(false);
        return result.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
