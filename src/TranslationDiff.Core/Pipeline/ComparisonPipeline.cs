using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Diffing;
using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Fetching;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Core.Pipeline;

/// <summary>
/// Runs a comparison end to end: fetch and extract every edition, translate each into the pivot
/// language, align the paragraphs, diff them word by word against the reference edition and run the checks.
/// Expected failures come back as problems on the outcome; nothing here throws for bad input.
/// </summary>
public sealed class ComparisonPipeline(
    IPageFetcher fetcher,
    IContentExtractor extractor,
    ITranslatorProvider translators,
    IParagraphAligner aligner,
    IWordDiffer differ,
    DetectorRunner detectors,
    FindingReview review,
    ILexicon lexicon,
    TimeProvider clock,
    ILogger<ComparisonPipeline> logger)
{
    public async Task<ComparisonOutcome> RunAsync(
        ComparisonRequest request,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = RequestValidator.Validate(request, translators);
        if (problems.Count > 0)
        {
            return new ComparisonOutcome(null, problems);
        }

        var translator = translators.Get(request.Translator)!;
        var pivot = LanguageTag.Normalize(request.PivotLanguage);
        var stats = new ComparisonStatistics();
        var watch = Stopwatch.StartNew();

        var editions = new List<Edition>();
        var inputs = request.Editions;
        for (var i = 0; i < inputs.Count; i++)
        {
            progress?.Report(new PipelineProgress(request.Name, "fetch", inputs[i].Language, i, inputs.Count));
            var (edition, problem) = await LoadEditionAsync(inputs[i], cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else
            {
                editions.Add(edition!);
            }
        }

        stats.StageMilliseconds["fetch+extract"] = watch.ElapsedMilliseconds;
        if (problems.Count > 0)
        {
            return new ComparisonOutcome(null, problems);
        }

        var notes = await TranslateAllAsync(request, editions, pivot, translator, stats, problems, progress, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return new ComparisonOutcome(null, problems);
        }

        var original = request.OriginalLanguage is null ? null : LanguageTag.Normalize(request.OriginalLanguage);
        var reference = ChooseReference(editions, original, pivot);

        progress?.Report(new PipelineProgress(request.Name, "align", null, 0, 1));
        watch.Restart();
        var groups = aligner.Align(editions, reference);
        stats.StageMilliseconds["align"] = watch.ElapsedMilliseconds;

        progress?.Report(new PipelineProgress(request.Name, "diff", null, 0, 1));
        watch.Restart();
        var diffs = DiffGroups(editions, groups, reference);
        stats.StageMilliseconds["diff"] = watch.ElapsedMilliseconds;

        progress?.Report(new PipelineProgress(request.Name, "detect", null, 0, 1));
        watch.Restart();
        var context = new DetectionContext
        {
            Editions = editions,
            Groups = groups,
            Diffs = diffs,
            PivotLanguage = pivot,
            ReferenceLanguage = reference,
            OriginalLanguage = original,
        };
        var (findings, detectProblems) = detectors.Run(context);
        if (editions.Any(e => e.SecondRoute is not null))
        {
            var secondContext = SecondOpinionContext(context, reference);
            var (secondFindings, _) = detectors.Run(secondContext);
            findings = review.Attribute(findings, secondFindings, string.Join(", ", editions.Where(e => e.SecondRoute is not null).Select(e => e.SecondRoute)));
        }

        var reviewed = await review.ApplyDismissalsAsync(findings, editions, cancellationToken).ConfigureAwait(false);
        stats.StageMilliseconds["detect"] = watch.ElapsedMilliseconds;
        var allProblems = notes.Concat(detectProblems).Concat(reviewed.Problems).ToList();
        progress?.Report(new PipelineProgress(request.Name, "done", null, 1, 1));

        logger.LogInformation(
            "Compared {ComparisonId}: {Editions} editions, {Groups} groups, {Findings} findings, {Characters} characters sent",
            request.Name, editions.Count, groups.Count, reviewed.Findings.Count, stats.CharactersSent);

        var report = new ComparisonReport
        {
            Name = request.Name,
            PivotLanguage = pivot,
            ReferenceLanguage = reference,
            OriginalLanguage = original,
            Translator = translator.Name,
            CreatedAt = clock.GetUtcNow(),
            Editions = editions,
            Groups = groups,
            Diffs = diffs,
            Findings = reviewed.Findings,
            DismissedFindings = reviewed.Dismissed,
            Quality = QualityScorer.Score(editions, reviewed.Findings),
            Problems = allProblems,
            Statistics = stats,
        };
        return new ComparisonOutcome(report, allProblems);
    }

    /// <summary>The original edition when known and present, else the pivot-language one, else the longest.</summary>
    public static string ChooseReference(IReadOnlyList<Edition> editions, string? original, string pivot)
    {
        ArgumentNullException.ThrowIfNull(editions);
        if (original is not null && editions.Any(e => e.Language == original))
        {
            return original;
        }

        var inPivot = editions.FirstOrDefault(e => LanguageTag.SameLanguage(e.Language, pivot));
        return inPivot?.Language ?? editions.OrderByDescending(e => e.WordCount).First().Language;
    }

    private async Task<(Edition? Edition, Problem? Problem)> LoadEditionAsync(EditionInput input, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(input.Location, cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return (null, fetched.Problem);
        }

        var extracted = extractor.Extract(fetched.Page!);
        if (!extracted.Succeeded)
        {
            return (null, extracted.Problem);
        }

        var article = extracted.Article!;
        var paragraphs = article.Blocks
            .Select((b, i) => new Paragraph { Index = i, Kind = b.Kind, Text = b.Text })
            .ToList();
        return (new Edition
        {
            Language = LanguageTag.Normalize(input.Language),
            Url = input.Location,
            Title = article.Title,
            Paragraphs = paragraphs,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(fetched.Page!.Content))[..16],
            FetchedAt = fetched.Page.FetchedAt,
        }, null);
    }

    private async Task<Problem?> TranslateEditionAsync(
        Edition edition, string pivot, ITranslator translator, ComparisonStatistics stats, CancellationToken cancellationToken)
    {
        if (LanguageTag.SameLanguage(edition.Language, pivot))
        {
            edition.PivotTitle = edition.Title;
            edition.TranslationRoute = "identity";
            foreach (var p in edition.Paragraphs)
            {
                p.PivotText = p.Text;
            }

            // No engine reads this edition, so a dictionary says which of its words are not of its language.
            var unknown = await lexicon.FindUnknownWordsAsync(edition.Language, edition.Paragraphs.Select(p => p.Text).ToList(), cancellationToken).ConfigureAwait(false);
            if (unknown is not null && unknown.Count == edition.Paragraphs.Count)
            {
                for (var i = 0; i < unknown.Count; i++)
                {
                    edition.Paragraphs[i].UnknownWords = unknown[i];
                }
            }

            await FindKnownPartsAsync(edition, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var texts = new List<string>(edition.Paragraphs.Count + 1) { edition.Title };
        texts.AddRange(edition.Paragraphs.Select(p => p.Text));
        var result = await translator.TranslateAsync(new TranslationRequest(edition.Language, pivot, texts), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return result.Problem! with { Subject = result.Problem.Subject ?? edition.Url };
        }

        if (result.Texts.Count != texts.Count)
        {
            return new Problem("translate", "translate.count-mismatch", $"The {translator.Name} engine returned {result.Texts.Count} texts for {texts.Count}.", edition.Url);
        }

        stats.EngineCalls += result.EngineCalls;
        stats.CharactersSent += result.CharactersSent;
        edition.PivotTitle = result.Texts[0].Text;
        edition.TranslationRoute = result.Route;

        // The engine's unknown words are those of its own dictionary; a word the language's other dictionaries know
        // (Spanish « esprint », Catalan « olivar ») is a word of the language, not one left untranslated.
        var elsewhere = result.Texts.Skip(1).Any(t => t.UnknownWords.Count > 0)
            ? await lexicon.FindUnknownWordsAsync(edition.Language, edition.Paragraphs.Select(p => p.Text).ToList(), cancellationToken).ConfigureAwait(false)
            : null;
        for (var i = 0; i < edition.Paragraphs.Count; i++)
        {
            var translated = result.Texts[i + 1];
            edition.Paragraphs[i].PivotText = translated.Text;
            edition.Paragraphs[i].UnknownWords = translated.UnknownWords;
            edition.Paragraphs[i].UnknownToLanguage = elsewhere is not null && elsewhere.Count == edition.Paragraphs.Count
                ? translated.UnknownWords.Where(w => elsewhere[i].Contains(w, StringComparer.Ordinal)).ToList()
                : null;
            edition.Paragraphs[i].PivotSentenceLengths = translated.SentenceLengths;
        }

        await FindKnownPartsAsync(edition, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Asks the edition's dictionary which pieces of its unknown words are words (<see cref="Paragraph.KnownParts"/>):
    /// « lascalles » unknown but « calles » known is two words glued. Left null when there is no dictionary.
    /// </summary>
    private async Task FindKnownPartsAsync(Edition edition, CancellationToken cancellationToken)
    {
        var asked = edition.Paragraphs.SelectMany(p => p.UnknownWords).SelectMany(WordPieces.Of).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return;
        }

        var unknown = await lexicon.FindUnknownWordsAsync(edition.Language, asked, cancellationToken).ConfigureAwait(false);
        if (unknown is null || unknown.Count != asked.Count)
        {
            return;
        }

        var known = asked.Where((_, i) => unknown[i].Count == 0).ToHashSet(StringComparer.Ordinal);
        foreach (var paragraph in edition.Paragraphs)
        {
            paragraph.KnownParts = paragraph.UnknownWords.SelectMany(WordPieces.Of).Distinct(StringComparer.Ordinal).Where(known.Contains).ToList();
        }
    }

    /// <summary>
    /// Translates every edition into the pivot (problems go to <paramref name="problems"/>) and, beside it, asks the
    /// second opinion (one engine job each, which suits two cores). Returns the second opinion's notes. The second
    /// opinion never stops the run: its failure is a note, and it is cancelled and awaited whenever this returns.
    /// </summary>
    private async Task<List<Problem>> TranslateAllAsync(
        ComparisonRequest request, List<Edition> editions, string pivot, ITranslator translator, ComparisonStatistics stats,
        List<Problem> problems, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var second = request.SecondOpinion ? translators.GetSecondOpinion(request.Translator) : null;
        using var secondCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var secondWatch = Stopwatch.StartNew();
        var secondTask = second is null
            ? Task.FromResult<IReadOnlyList<(Edition Edition, TranslationResult Result)>>([])
            : Task.Run(
                async () =>
                {
                    var results = await SecondOpinionsAsync(editions, pivot, second, secondCancel.Token).ConfigureAwait(false);
                    secondWatch.Stop();
                    return results;
                },
                secondCancel.Token);
        try
        {
            var primaryWatch = Stopwatch.StartNew();
            for (var i = 0; i < editions.Count; i++)
            {
                progress?.Report(new PipelineProgress(request.Name, "translate", editions[i].Language, i, editions.Count));
                var problem = await TranslateEditionAsync(editions[i], pivot, translator, stats, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }

            stats.StageMilliseconds["translate"] = primaryWatch.ElapsedMilliseconds;
            if (problems.Count > 0 || second is null)
            {
                return [];
            }

            progress?.Report(new PipelineProgress(request.Name, "second-opinion", null, 0, 1));
            IReadOnlyList<(Edition Edition, TranslationResult Result)> seconds;
            try
            {
                seconds = await secondTask.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The second opinion only refines attribution: its failure is reported, the run goes on.
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "The second opinion failed for {ComparisonId}", request.Name);
                return [new Problem("second-opinion", "second-opinion.unavailable", $"The second opinion ({second.Name}) failed: {ex.Message}. Findings are not attributed to edition or engine.", null)];
            }

            stats.StageMilliseconds["second-opinion"] = secondWatch.ElapsedMilliseconds;
            return seconds.Select(s => ApplySecondOpinion(s.Edition, s.Result, second.Name, stats)).OfType<Problem>().ToList();
        }
        finally
        {
            if (!secondTask.IsCompleted)
            {
                await secondCancel.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(secondTask).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every edition not in the pivot language, translated by the second-opinion engine, one after another.</summary>
    private static async Task<IReadOnlyList<(Edition Edition, TranslationResult Result)>> SecondOpinionsAsync(
        IReadOnlyList<Edition> editions, string pivot, ITranslator second, CancellationToken cancellationToken)
    {
        var results = new List<(Edition, TranslationResult)>();
        foreach (var edition in editions.Where(e => !LanguageTag.SameLanguage(e.Language, pivot)))
        {
            var texts = edition.Paragraphs.Select(p => p.Text).ToList();
            results.Add((edition, await second.TranslateAsync(new TranslationRequest(edition.Language, pivot, texts), cancellationToken).ConfigureAwait(false)));
        }

        return results;
    }

    /// <summary>
    /// Keeps an edition's second translation; a failure (no other route, an outage) or the same route as the
    /// primary is a note on the report, not a reason to stop: the edition's findings are then not attributed.
    /// </summary>
    private static Problem? ApplySecondOpinion(Edition edition, TranslationResult result, string engine, ComparisonStatistics stats)
    {
        stats.EngineCalls += result.EngineCalls;
        stats.CharactersSent += result.CharactersSent;
        if (!result.Succeeded || result.Texts.Count != edition.Paragraphs.Count)
        {
            var why = result.Problem?.Message ?? $"the {engine} engine returned {result.Texts.Count} texts for {edition.Paragraphs.Count}";
            return new Problem("second-opinion", "second-opinion.unavailable", $"No second translation of the {edition.Language} edition, so its findings are not attributed to edition or engine: {why}", edition.Url);
        }

        if (string.Equals(result.Route, edition.TranslationRoute, StringComparison.Ordinal))
        {
            return new Problem("second-opinion", "second-opinion.same-route", $"The second opinion for the {edition.Language} edition took the same route ({result.Route}); its findings are not attributed.", edition.Url);
        }

        edition.SecondRoute = result.Route;
        for (var i = 0; i < edition.Paragraphs.Count; i++)
        {
            edition.Paragraphs[i].SecondPivotText = result.Texts[i].Text;
            edition.Paragraphs[i].SecondUnknownWords = result.Texts[i].UnknownWords;
        }

        return null;
    }

    /// <summary>The same comparison seen through the second opinion's pivot texts (the primary's where there is none).</summary>
    private DetectionContext SecondOpinionContext(DetectionContext primary, string reference)
    {
        var editions = primary.Editions.Select(e => new Edition
        {
            Language = e.Language,
            Url = e.Url,
            Title = e.Title,
            PivotTitle = e.PivotTitle,
            TranslationRoute = e.SecondRoute ?? e.TranslationRoute,
            ContentHash = e.ContentHash,
            FetchedAt = e.FetchedAt,
            Paragraphs = e.Paragraphs.Select(p => new Paragraph
            {
                Index = p.Index,
                Kind = p.Kind,
                Text = p.Text,
                PivotText = p.SecondPivotText ?? p.PivotText,
                UnknownWords = p.SecondPivotText is null ? p.UnknownWords : p.SecondUnknownWords ?? [],
            }).ToList(),
        }).ToList();
        return new DetectionContext
        {
            Editions = editions,
            Groups = primary.Groups,
            Diffs = DiffGroups(editions, primary.Groups, reference),
            PivotLanguage = primary.PivotLanguage,
            ReferenceLanguage = primary.ReferenceLanguage,
            OriginalLanguage = primary.OriginalLanguage,
        };
    }

    private List<ParagraphDiff> DiffGroups(IReadOnlyList<Edition> editions, IReadOnlyList<AlignmentGroup> groups, string reference)
    {
        var referenceEdition = editions.First(e => e.Language == reference);
        var diffs = new List<ParagraphDiff>();
        foreach (var group in groups)
        {
            var referenceText = JoinPivot(referenceEdition, group.For(reference));
            foreach (var edition in editions.Where(e => e.Language != reference))
            {
                var members = group.For(edition.Language);
                if (members.Count == 0 && referenceText.Length == 0)
                {
                    continue;
                }

                var pieces = differ.Diff(referenceText, JoinPivot(edition, members));
                diffs.Add(new ParagraphDiff
                {
                    GroupId = group.Id,
                    Language = edition.Language,
                    ReferenceLanguage = reference,
                    Pieces = pieces,
                    Similarity = DiffSimilarity.Of(pieces),
                });
            }
        }

        return diffs;
    }

    private static string JoinPivot(Edition edition, IReadOnlyList<int> indices) =>
        string.Join(" ", indices.Select(i => edition.Paragraphs[i].PivotText));
}
