using System.Globalization;
using TranslationDiff.Analysis.Similarity;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Groups the paragraphs of N editions around the reference edition, by their pivot texts. Rules:
/// <list type="number">
/// <item>Every other edition is aligned to the reference with the <see cref="ISequenceAligner"/> (reference =
/// source side).</item>
/// <item>Reference paragraphs that any edition puts in one bead stay in one group for all editions, so each group
/// is a run of reference paragraphs plus, per edition, the paragraphs its beads matched to that run.</item>
/// <item>A reference paragraph an edition left unmatched, and an edition paragraph left unmatched, that strongly
/// match (<see cref="MovedParagraphFinder"/>) are recorded as moved: the edition paragraph joins the reference
/// paragraph's group, whose kind becomes "moved".</item>
/// <item>Every other unmatched edition paragraph gets a group of its own, kind "0-1", placed after the group of
/// the reference paragraph that precedes it in that edition (editions in input order at the same place).</item>
/// <item>Kind of a reference group: "moved" as above; else "1-0" when some edition has no paragraph in it; else
/// "p-q" with p reference paragraphs and q the most paragraphs any edition has in it ("1-1", "1-2", "2-1"...).
/// With the reference alone, a group of p paragraphs is "p-p".</item>
/// <item>Ids are "g1", "g2"... in that order. Every paragraph of every edition is in exactly one group.</item>
/// <item>Score: mean over the editions present of the chrF of their joined pivot texts against the reference's;
/// 0 when only one side is present.</item>
/// </list>
/// </summary>
internal sealed class ParagraphAligner : IParagraphAligner
{
    private static readonly ChrFOptions ScoreOptions = new() { Beta = 1.0, Lowercase = true };
    private readonly ISequenceAligner _aligner;

    public ParagraphAligner(ISequenceAligner aligner)
    {
        ArgumentNullException.ThrowIfNull(aligner);
        _aligner = aligner;
    }

    public IReadOnlyList<AlignmentGroup> Align(IReadOnlyList<Edition> editions, string referenceLanguage)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceLanguage);
        var reference = editions.FirstOrDefault(e => e.Language == referenceLanguage)
            ?? throw new ArgumentException($"No edition has the reference language '{referenceLanguage}'.", nameof(referenceLanguage));
        var referenceTexts = PivotTexts(reference);
        var others = editions.Where(e => !ReferenceEquals(e, reference)).ToList();
        var links = others.Select(e => Link(referenceTexts, e)).ToList();

        var segmentOf = Segments(referenceTexts.Count, links);
        var segments = segmentOf.Length == 0 ? 0 : segmentOf[^1] + 1;
        var members = new List<int>[segments, others.Count];
        var moved = new bool[segments];
        var added = new List<(int Language, int Paragraph)>[segments + 1];
        for (var e = 0; e < others.Count; e++)
        {
            for (var s = 0; s < segments; s++)
            {
                members[s, e] = [];
            }

            var after = -1;
            foreach (var bead in links[e].Beads)
            {
                if (bead.Source.Count > 0)
                {
                    after = segmentOf[bead.Source[^1]];
                    members[after, e].AddRange(bead.Target);
                    continue;
                }

                foreach (var j in bead.Target.Where(j => !links[e].Moved.ContainsKey(j)))
                {
                    (added[after + 1] ??= []).Add((e, j));
                }
            }

            foreach (var (j, k) in links[e].Moved)
            {
                members[segmentOf[k], e].Add(j);
                members[segmentOf[k], e].Sort();
                moved[segmentOf[k]] = true;
            }
        }

        var groups = new List<AlignmentGroup>();
        AddInsertions(groups, added[0], others);
        for (var s = 0; s < segments; s++)
        {
            var referenceIndices = Enumerable.Range(0, segmentOf.Length).Where(k => segmentOf[k] == s).ToArray();
            var map = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal) { [reference.Language] = referenceIndices };
            for (var e = 0; e < others.Count; e++)
            {
                if (members[s, e].Count > 0)
                {
                    map[others[e].Language] = members[s, e].ToArray();
                }
            }

            groups.Add(new AlignmentGroup
            {
                Id = $"g{groups.Count + 1}",
                Kind = Kind(referenceIndices.Length, s, members, others.Count, moved[s]),
                Shapes = Enumerable.Range(0, others.Count).ToDictionary(
                    e => others[e].Language,
                    e => string.Create(CultureInfo.InvariantCulture, $"{referenceIndices.Length}-{members[s, e].Count}"),
                    StringComparer.Ordinal),
                Score = Score(reference, referenceIndices, others, map),
                Members = map,
            });
            AddInsertions(groups, added[s + 1], others);
        }

        return groups;
    }

    private (IReadOnlyList<Bead> Beads, Dictionary<int, int> Moved) Link(List<string> referenceTexts, Edition edition)
    {
        var texts = PivotTexts(edition);
        var beads = _aligner.Align(referenceTexts, texts);
        var unalignedReference = beads.Where(b => b.Target.Count == 0).SelectMany(b => b.Source).ToList();
        var unalignedEdition = beads.Where(b => b.Source.Count == 0).SelectMany(b => b.Target).ToList();
        var moved = MovedParagraphFinder.Find(referenceTexts, texts, unalignedReference, unalignedEdition)
            .ToDictionary(p => p.Edition, p => p.Reference);
        return (beads, moved);
    }

    /// <summary>For each reference paragraph, the index of its group among the reference groups.</summary>
    private static int[] Segments(int count, List<(IReadOnlyList<Bead> Beads, Dictionary<int, int> Moved)> links)
    {
        var joined = new bool[Math.Max(0, count - 1)];
        foreach (var bead in links.SelectMany(l => l.Beads))
        {
            for (var k = 0; k + 1 < bead.Source.Count; k++)
            {
                joined[bead.Source[k]] = true;
            }
        }

        var segmentOf = new int[count];
        for (var k = 1; k < count; k++)
        {
            segmentOf[k] = segmentOf[k - 1] + (joined[k - 1] ? 0 : 1);
        }

        return segmentOf;
    }

    private static string Kind(int referenceCount, int segment, List<int>[,] members, int editions, bool moved)
    {
        if (moved)
        {
            return "moved";
        }

        if (editions == 0)
        {
            return $"{referenceCount}-{referenceCount}";
        }

        var most = 0;
        for (var e = 0; e < editions; e++)
        {
            if (members[segment, e].Count == 0)
            {
                return "1-0";
            }

            most = Math.Max(most, members[segment, e].Count);
        }

        return $"{referenceCount}-{most}";
    }

    private static void AddInsertions(List<AlignmentGroup> groups, List<(int Language, int Paragraph)>? added, List<Edition> others)
    {
        foreach (var (e, j) in (added ?? []).OrderBy(a => a.Language).ThenBy(a => a.Paragraph))
        {
            groups.Add(new AlignmentGroup
            {
                Id = $"g{groups.Count + 1}",
                Kind = "0-1",
                Shapes = new Dictionary<string, string>(StringComparer.Ordinal) { [others[e].Language] = "0-1" },
                Score = 0,
                Members = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal) { [others[e].Language] = [j] },
            });
        }
    }

    private static double Score(Edition reference, int[] referenceIndices, List<Edition> others, Dictionary<string, IReadOnlyList<int>> map)
    {
        var referenceText = Join(reference, referenceIndices);
        var scores = others
            .Where(e => map.ContainsKey(e.Language))
            .Select(e => ChrF.Score(referenceText, Join(e, map[e.Language]), ScoreOptions))
            .ToList();
        return scores.Count == 0 ? 0 : Math.Round(scores.Average(), 4);
    }

    private static string Join(Edition edition, IReadOnlyList<int> indices) =>
        string.Join(" ", indices.Select(i => edition.Paragraphs[i].PivotText));

    private static List<string> PivotTexts(Edition edition) => edition.Paragraphs.Select(p => p.PivotText).ToList();
}
