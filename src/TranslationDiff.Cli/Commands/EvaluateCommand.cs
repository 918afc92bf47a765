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

        var cases = new List<(string Part, CorpusCase Case)>();
        foreach (var file in files)
        {
            try
            {
                cases.Add((Part(folder, file), CorpusEvaluator.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false))));
            }
            catch (JsonException ex)
            {
                await Console.Error.WriteLineAsync($"error: {file} is not a valid case: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        var options = new DetectionOptions();
        var result = CorpusEvaluator.Evaluate(cases.Select(c => c.Case).ToList(), options);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} cases, {result.Checks.Count} checks")).ConfigureAwait(false);

        // Parts written for different purposes (cases the rules were written with, held-out sets) are not one sample:
        // each gets its own line before the pooled table.
        var parts = cases.GroupBy(c => c.Part, StringComparer.Ordinal).ToList();
        if (parts.Count > 1)
        {
            foreach (var part in parts)
            {
                var score = CorpusEvaluator.Evaluate(part.Select(c => c.Case).ToList(), options);
                var overall = score.Overall;
                await Console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{part.Key + ":",-10} {part.Count(),3} cases  labels {overall.Artifacts,4}  found {overall.Found,4}  precision {overall.Precision:0.00}  recall {overall.Recall:0.00}  clean {score.CleanFindingsPerThousandWords:0.00} per 1,000 words ({score.Clean.Findings} in {score.Clean.Words})")).ConfigureAwait(false);
            }

            await Console.Out.WriteLineAsync("pooled:").ConfigureAwait(false);
        }

        await Console.Out.WriteAsync(result.Format(details)).ConfigureAwait(false);
        return result.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>The first folder under the corpus root that holds the case ("written", "blind2"), or "." for a case at the root.</summary>
    private static string Part(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/');
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "." : relative[..slash];
    }
}
