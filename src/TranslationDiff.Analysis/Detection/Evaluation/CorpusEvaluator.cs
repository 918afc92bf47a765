using System.Text.Json;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>
/// Runs the checks over labelled cases and scores them. A finding is a true alarm when it covers a labelled
/// artifact (its span overlaps the label's, in the same edition and paragraph; for an omitted paragraph, the
/// same alignment group); a label is found when a finding of its own check covers it. Clean text is every
/// edition, other than the reference, that has no label: its findings are all false alarms.
/// </summary>
public static class CorpusEvaluator
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a case from its JSON text.</summary>
    public static CorpusCase Parse(string json) =>
        JsonSerializer.Deserialize<CorpusCase>(json, Json) ?? throw new JsonException("The case file is empty.");

    /// <summary>The findings of every check of the catalogue on a case (with the case's glossary), in the runner's order.</summary>
    public static IReadOnlyList<Finding> Run(CorpusCase corpusCase, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpusCase);
        ArgumentNullException.ThrowIfNull(options);
        return new DetectorRunner(DetectorCatalogue.Create(options.WithGlossary(corpusCase.Glossary))).Run(corpusCase.ToContext()).Findings;
    }

    public static EvaluationResult Evaluate(IEnumerable<CorpusCase> cases, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var raised = new Dictionary<string, int>(StringComparer.Ordinal);
        var falseAlarms = new Dictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<string>();
        var alarms = new List<string>();
        var problems = new List<string>();
        int editorTotal = 0, editorCovered = 0, cleanWords = 0, cleanFindings = 0;
        foreach (var corpusCase in cases)
        {
            var context = corpusCase.ToContext();
            var findings = Run(corpusCase, options);
            var placed = corpusCase.Artifacts.Select(a => (Artifact: a, Place: Place(context, a))).ToList();
            foreach (var (artifact, place) in placed.Where(p => p.Place is null))
            {
                problems.Add($"{corpusCase.Name}: “{artifact.Text}” is not in {artifact.Source ?? artifact.Language} paragraph {artifact.Paragraph}");
            }

            var located = placed.Where(p => p.Place is not null).Select(p => (p.Artifact, Place: p.Place!.Value)).ToList();
            foreach (var (artifact, place) in located)
            {
                var catalogued = CheckIds.All.Contains(artifact.Check, StringComparer.Ordinal);
                if (!catalogued)
                {
                    editorTotal++;
                    editorCovered += findings.Any(f => Covers(f, artifact, place)) ? 1 : 0;
                    continue;
                }

                Add(labels, artifact.Check);
                if (findings.Any(f => f.Check == artifact.Check && Covers(f, artifact, place)))
                {
                    Add(found, artifact.Check);
                }
                else
                {
                    misses.Add($"{corpusCase.Name} {artifact.Language} p{artifact.Paragraph} [{artifact.Check}] “{artifact.Text}”");
                }
            }

            foreach (var finding in findings)
            {
                Add(raised, finding.Check);
                if (!located.Any(l => Covers(finding, l.Artifact, l.Place)))
                {
                    Add(falseAlarms, finding.Check);
                    alarms.Add($"{corpusCase.Name} {finding.Language} p{finding.Paragraph} [{finding.Check}] “{Snippets.Shorten(finding.Text)}”: {finding.Message}");
                }
            }

            foreach (var edition in context.Editions.Where(e => e.Language != context.ReferenceLanguage && !corpusCase.Artifacts.Any(a => a.Language == e.Language)))
            {
                cleanWords += edition.WordCount;
                cleanFindings += findings.Count(f => f.Language == edition.Language);
            }
        }

        var checks = CheckIds.All
            .Select(c => new CheckScore(c, labels.GetValueOrDefault(c), found.GetValueOrDefault(c), raised.GetValueOrDefault(c), falseAlarms.GetValueOrDefault(c)))
            .ToList();
        return new EvaluationResult
        {
            Checks = checks,
            EditorOnly = (editorTotal, editorCovered),
            Clean = (cleanWords, cleanFindings),
            Misses = misses,
            FalseAlarms = alarms,
            Problems = problems,
        };
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Where a label points: a span in its paragraph, or for an omitted paragraph the group of its source paragraph.</summary>
    private static (int Start, int Length, string? Group)? Place(DetectionContext context, CorpusArtifact artifact)
    {
        var language = artifact.Source ?? artifact.Language;
        var edition = context.EditionFor(language);
        if (edition is null || artifact.Paragraph < 0 || artifact.Paragraph >= edition.Paragraphs.Count)
        {
            return null;
        }

        var start = FirstOccurrence(edition.Paragraphs[artifact.Paragraph].Text, artifact.Text);
        if (start < 0)
        {
            return null;
        }

        return artifact.Source is null ? (start, artifact.Text.Length, null) : (start, artifact.Text.Length, context.GroupOf(language, artifact.Paragraph)?.Id);
    }

    /// <summary>
    /// Where a label's text first stands in its paragraph: a label that begins and ends with a letter names words, so its
    /// first occurrence as whole words (« soci » in « 1 400 socis … Antonia Cazorla, soci des de 1987 » is the second
    /// one); failing that, or for a label of other characters, its first occurrence of any kind.
    /// </summary>
    internal static int FirstOccurrence(string paragraph, string label)
    {
        var first = paragraph.IndexOf(label, StringComparison.Ordinal);
        if (first < 0 || label.Length == 0 || !char.IsLetter(label[0]) || !char.IsLetter(label[^1]))
        {
            return first;
        }

        for (var at = first; at >= 0; at = paragraph.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            var end = at + label.Length;
            if ((at == 0 || !char.IsLetter(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetter(paragraph[end])))
            {
                return at;
            }
        }

        return first;
    }

    private static bool Covers(Finding finding, CorpusArtifact artifact, (int Start, int Length, string? Group) place)
    {
        if (!string.Equals(finding.Language, artifact.Language, StringComparison.Ordinal))
        {
            return false;
        }

        if (artifact.Source is not null)
        {
            return finding.GroupId == place.Group && finding.Check == CheckIds.OmittedParagraph;
        }

        if (finding.Paragraph != artifact.Paragraph)
        {
            return false;
        }

        var end = place.Start + place.Length;
        return finding.Length == 0
            ? finding.Start >= place.Start && finding.Start <= end
            : finding.Start < end && place.Start < finding.Start + finding.Length;
    }
}
