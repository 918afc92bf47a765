using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// After the monotonic alignment, pairs a reference paragraph left without counterpart in an edition with an
/// edition paragraph left without counterpart elsewhere when the two strongly match: chrF of their pivot texts
/// at least <see cref="Threshold"/>. Pairs are taken greedily (so each is the best still available to both),
/// most similar first (ties: lower reference index, then lower edition index), so the result is deterministic.
/// </summary>
internal static class MovedParagraphFinder
{
    /// <summary>Least chrF (0..1) for two paragraphs to count as the same text moved.</summary>
    public const double Threshold = 0.5;

    private static readonly ChrFOptions Options = new() { Beta = 1.0, Lowercase = true };

    public static List<(int Reference, int Edition, double Score)> Find(
        IReadOnlyList<string> reference,
        IReadOnlyList<string> edition,
        IReadOnlyList<int> unalignedReference,
        IReadOnlyList<int> unalignedEdition)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(unalignedReference);
        ArgumentNullException.ThrowIfNull(unalignedEdition);
        var pairs = new List<(int Reference, int Edition, double Score)>();
        if (unalignedReference.Count == 0 || unalignedEdition.Count == 0)
        {
            return pairs;
        }

        var editionProfiles = unalignedEdition.Select(j => NGramProfile.Build(edition[j], Options)).ToList();
        var candidates = new List<(int Reference, int Edition, double Score)>();
        foreach (var k in unalignedReference)
        {
            var profile = NGramProfile.Build(reference[k], Options);
            for (var e = 0; e < unalignedEdition.Count; e++)
            {
                var score = ChrF.Score(profile, editionProfiles[e], Options.Beta);
                if (score >= Threshold)
                {
                    candidates.Add((k, unalignedEdition[e], score));
                }
            }
        }

        var usedReference = new HashSet<int>();
        var usedEdition = new HashSet<int>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Reference).ThenBy(c => c.Edition))
        {
            if (usedReference.Add(candidate.Reference))
            {
                if (usedEdition.Add(candidate.Edition))
                {
                    pairs.Add((candidate.Reference, candidate.Edition, Math.Round(candidate.Score, 4)));
                }
                else
                {
                    usedReference.Remove(candidate.Reference);
                }
            }
        }

        return pairs;
    }
}
