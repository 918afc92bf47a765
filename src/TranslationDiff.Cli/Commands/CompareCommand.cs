using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Reporting;
using TranslationDiff.Core.Sets;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Cli.Commands;

/// <summary>
/// <c>compare LANG=PATH_OR_URL ... | --set seeds/NAME</c>: runs the pipeline and writes a report.
/// A --set folder that holds several sets (sub-folders with manifests) compares each, with progress.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var editions = new Argument<string[]>("editions")
        {
            Description = "Editions as LANG=PATH_OR_URL, e.g. fr=article-fr.html en=https://example.com/en/article",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var set = new Option<string?>("--set") { Description = "An article set folder (with manifest.json), or a folder of sets" };
        var pivot = new Option<string?>("--pivot") { Description = "Pivot language every edition is translated into (default: the set's, else en)" };
        var original = new Option<string?>("--original") { Description = "Language of the original edition, when known" };
        var translator = new Option<string?>("--translator") { Description = "Translation engine: apertium, apertium-apy, azure or none (default: Translation:Engine)" };
        var format = new Option<string?>("--format") { Description = "Report format: json, md or html (default: from --out's extension, else md)" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var output = new Option<string?>("--out") { Description = "Write the report to this file (a folder when comparing several sets); default: standard output" };
        var noSecond = new Option<bool>("--no-second-opinion")
        {
            Description = "Translate each edition once only (no second route), so findings are not attributed to edition or engine",
        };

        var command = new Command("compare", "Compare the language editions of an article and report translation artifacts.")
        {
            editions, set, pivot, original, translator, format, output, noSecond,
        };
        command.SetAction((parse, cancellationToken) => new CompareRun(
            host,
            parse.GetValue(editions) ?? [],
            parse.GetValue(set),
            parse.GetValue(pivot),
            parse.GetValue(original),
            parse.GetValue(translator),
            parse.GetValue(format),
            parse.GetValue(output),
            !parse.GetValue(noSecond)).RunAsync(cancellationToken));
        return command;
    }

    private sealed record CompareRun(
        CliHost Host, string[] Editions, string? Set, string? Pivot, string? Original, string? Translator, string? Format, string? Out, bool SecondOpinion)
    {
        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            if (Set is not null && Editions.Length > 0)
            {
                return await Fail("Give either editions (LANG=PATH_OR_URL ...) or --set, not both.").ConfigureAwait(false);
            }

            if (Set is null && Editions.Length == 0)
            {
                return await Fail("Nothing to compare: give editions as LANG=PATH_OR_URL ..., or --set seeds/NAME.").ConfigureAwait(false);
            }

            var loader = Host.Services.GetRequiredService<IArticleSetLoader>();
            if (Set is not null && !File.Exists(Path.Combine(Set, "manifest.json")) && loader.FindSets(Set) is { Count: > 0 } many)
            {
                return await CompareManyAsync(loader, many, cancellationToken).ConfigureAwait(false);
            }

            ComparisonRequest request;
            if (Set is not null)
            {
                var (articleSet, problem) = loader.Load(Set);
                if (articleSet is null)
                {
                    return await Report([problem!]).ConfigureAwait(false);
                }

                request = FromSet(articleSet);
            }
            else
            {
                var parsed = ParseEditions(Editions, out var error);
                if (error is not null)
                {
                    return await Fail(error).ConfigureAwait(false);
                }

                request = new ComparisonRequest
                {
                    Name = string.Join("+", parsed.Select(e => e.Language)),
                    Editions = parsed,
                    PivotLanguage = Pivot ?? "en",
                    OriginalLanguage = Original,
                    Translator = Translator,
                    SecondOpinion = SecondOpinion,
                };
            }

            var writer = ChooseWriter(Out);
            if (writer is null)
            {
                return await Fail($"Unknown report format '{Format}'; use json, md or html.").ConfigureAwait(false);
            }

            // An existing folder as --out gets NAME.EXT inside it, as when comparing several sets.
            var target = Out is not null && Directory.Exists(Out) ? Path.Combine(Out, $"{request.Name}.{writer.Extension}") : Out;
            var outcome = await RunPipelineAsync(request, 1, 1, cancellationToken).ConfigureAwait(false);
            if (outcome.Report is null)
            {
                return await Report(outcome.Problems).ConfigureAwait(false);
            }

            if (!await TryWriteAsync(outcome.Report, writer, target, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.BadInput;
            }

            await Warn(outcome.Problems).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        private async Task<int> CompareManyAsync(IArticleSetLoader loader, IReadOnlyList<string> folders, CancellationToken cancellationToken)
        {
            var writer = ChooseWriter(null)!;
            var outDir = Out ?? Path.Combine(Directory.GetCurrentDirectory(), "reports");
            Directory.CreateDirectory(outDir);
            var failed = 0;
            for (var i = 0; i < folders.Count; i++)
            {
                var (articleSet, problem) = loader.Load(folders[i]);
                if (articleSet is null)
                {
                    failed++;
                    await Report([problem!]).ConfigureAwait(false);
                    continue;
                }

                var outcome = await RunPipelineAsync(FromSet(articleSet), i + 1, folders.Count, cancellationToken).ConfigureAwait(false);
                if (outcome.Report is null)
                {
                    failed++;
                    await Report(outcome.Problems).ConfigureAwait(false);
                    continue;
                }

                var file = Path.Combine(outDir, $"{articleSet.Name}.{writer.Extension}");
                if (!await TryWriteAsync(outcome.Report, writer, file, cancellationToken).ConfigureAwait(false))
                {
                    failed++;
                    continue;
                }

                await Console.Error.WriteLineAsync($"[{i + 1}/{folders.Count}] {articleSet.Name}: {outcome.Report.Findings.Count} findings -> {file}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"Compared {folders.Count - failed} of {folders.Count} sets; reports in {outDir}").ConfigureAwait(false);
            return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }

        /// <summary>
        /// Runs the pipeline inside a usage scope (so the translation memory counts what this run sent), keeps
        /// the run and its edition versions in the results database, and prints what translation cost.
        /// </summary>
        private async Task<ComparisonOutcome> RunPipelineAsync(ComparisonRequest request, int index, int count, CancellationToken cancellationToken)
        {
            var pipeline = Host.Services.GetRequiredService<ComparisonPipeline>();
            var clock = Host.Services.GetRequiredService<TimeProvider>();
            var runId = $"{request.Name}-{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
            using var scope = TranslationUsageScope.Begin(runId, request.Name);
            var progress = new TerminalProgress(index, count);
            var outcome = await pipeline.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
            var engine = outcome.Report?.Translator ?? request.Translator ?? "default";
            var store = Host.Services.GetRequiredService<IComparisonStore>();
            await store.SaveRunAsync(ComparisonRun.FromOutcome(runId, request, engine, outcome, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            foreach (var usage in scope.Snapshot())
            {
                await Console.Error.WriteLineAsync(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{request.Name}: {usage.Engine} sent {usage.CharactersSent:N0} characters in {outcome.Report?.Statistics.EngineCalls ?? 0} engine calls; {usage.CacheHits} texts came from the translation memory, {usage.CacheMisses} were translated")).ConfigureAwait(false);
            }

            if (outcome.Report is { } report)
            {
                var ranking = string.Join(", ", report.Quality.Select(q => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{q.Language} {q.PenaltyPerThousandWords:0.#}")));
                var engine2 = report.Findings.Count(f => f.Attribution == FindingAttribution.Engine);
                await Console.Error.WriteLineAsync(
                    $"{request.Name}: {report.Findings.Count} findings ({engine2} likely engine artifacts, {report.DismissedFindings} dismissed earlier); penalty per 1,000 words, worst first: {ranking}").ConfigureAwait(false);
            }

            return outcome;
        }

        private ComparisonRequest FromSet(ArticleSet articleSet) => new()
        {
            Name = articleSet.Name,
            Editions = articleSet.Editions.Select(e => new EditionInput(e.Language, e.Path)).ToList(),
            PivotLanguage = Pivot ?? articleSet.Pivot,
            OriginalLanguage = Original ?? articleSet.Original,
            Translator = Translator,
            SecondOpinion = SecondOpinion,
        };

        private IReportWriter? ChooseWriter(string? outFile)
        {
            var wanted = Format
                ?? (outFile is null ? null : Path.GetExtension(outFile).TrimStart('.').ToLowerInvariant() switch
                {
                    "json" => "json",
                    "html" or "htm" => "html",
                    _ => "md",
                })
                ?? "md";
            return Host.Services.GetServices<IReportWriter>().FirstOrDefault(w => w.Format == wanted);
        }

        /// <summary>Writes the report; a file that cannot be written is an error that names it (the run is already stored).</summary>
        private static async Task<bool> TryWriteAsync(ComparisonReport report, IReportWriter writer, string? file, CancellationToken cancellationToken)
        {
            try
            {
                await WriteAsync(report, writer, file, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync(
                    $"error: could not write the {report.Name} report to {file}: {ex.Message} The run itself is kept in the results database (GET /api/runs?name={report.Name} in the web app).").ConfigureAwait(false);
                return false;
            }
        }

        private static async Task WriteAsync(ComparisonReport report, IReportWriter writer, string? file, CancellationToken cancellationToken)
        {
            if (file is null)
            {
                var stdout = Console.OpenStandardOutput();
                await using (stdout.ConfigureAwait(false))
                {
                    await writer.WriteAsync(report, stdout, cancellationToken).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            Directory.CreateDirectory(directory!);
            var temp = file + ".tmp";
            var stream = File.Create(temp);
            await using (stream.ConfigureAwait(false))
            {
                await writer.WriteAsync(report, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, file, overwrite: true);
        }

        private static List<EditionInput> ParseEditions(string[] args, out string? error)
        {
            var list = new List<EditionInput>();
            foreach (var arg in args)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == arg.Length - 1)
                {
                    error = $"'{arg}' is not an edition: write LANG=PATH_OR_URL, e.g. fr=article-fr.html.";
                    return list;
                }

                list.Add(new EditionInput(arg[..eq].Trim(), arg[(eq + 1)..].Trim()));
            }

            error = null;
            return list;
        }

        private static async Task<int> Fail(string message)
        {
            await Console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        private static async Task<int> Report(IReadOnlyList<Problem> problems)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        private static async Task Warn(IReadOnlyList<Problem> problems)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"warning: {problem}").ConfigureAwait(false);
            }
        }
    }
}
