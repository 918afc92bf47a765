using TranslationDiff.Analysis.Similarity;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// N-way paragraph alignment around a reference edition. Each other edition is aligned to the reference
/// with the monotonic <see cref="ISequenceAligner"/> over pivot texts; the beads are then merged into groups
/// that carry one id across all languages:
/// <list type="bullet">
/// <item>Reference paragraphs that any edition merges or splits together form one group (so a 2-1 bead in one
/// edition and two 1-1 beads in another give one group of two reference paragraphs).</item>
/// <item>An edition's paragraphs with no reference counterpart (0-1 beads) form their own group, placed after the
/// group of the reference paragraph they follow.</item>
/// <item>Kinds: "r-e" from the reference count r and the edition counts (the one farthest from r); "r-0" when some
/// edition has nothing for the reference paragraphs (omitted there); "0-1" for added paragraphs; "moved" when an
/// edition's added paragraph strongly matches a reference paragraph it omitted elsewhere (the monotonic pass could
/// not pair them because the edition moved it): the pair is then recorded in the reference paragraph's group.</item>
/// </list>
/// Group ids are "g1", "g2", ... in reference order.
/// </summary>
internal sealed class ParagraphAligner(ISequenceAligner aligner) : IParagraphAligner
{
    /// <summary>chrF a displaced pair must reach to be recorded as moved.</summary>
    internal const double MovedThreshold = 0.45;

    public IReadOnlyList<AlignmentGroup> Align(IReadOnlyList<Edition> editions, string referenceLanguage)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var reference = editions.First(e => e.Language == referenceLanguage);
        var referenceTexts = reference.Paragraphs.Select(p => p.PivotText).ToList();
        var others = editions.Where(e => e.Language != referenceLanguage).ToList();
        var beadsByLanguage = others.ToDictionary(
            e => e.Language,
            e => aligner.Align(referenceTexts, e.Paragraphs.Select(p => p.PivotText).ToList()));

        var clusters = ReferenceClusters(referenceTexts.Count, beadsByLanguage.Values);
        var slots = new List<Slot>();
        foreach (var (start, end) in clusters)
        {
            slots.Add(new Slot(Enumerable.Range(start, end - start + 1).ToList()));
        }

        foreach (var edition in others)
        {
            Place(edition.Language, beadsByLanguage[edition.Language], slots);
        }

        foreach (var edition in others)
        {
            RecordMoves(edition, reference, slots);
        }

        return slots.Where(s => s.Reference.Count > 0 || s.Members.Values.Any(v => v.Count > 0))
            .Select((s, i) => s.ToGroup($"g{i + 1}", referenceLanguage, others.Select(o => o.Language).ToList()))
            .ToList();
    }

    /// <summary>Contiguous ranges of reference paragraphs that some edition's beads keep together.</summary>
    private static List<(int Start, int End)> ReferenceClusters(int count, IEnumerable<IReadOnlyList<Bead>> beadLists)
    {
        var endOf = Enumerable.Range(0, count).ToArray();
        foreach (var bead in beadLists.SelectMany(b => b).Where(b => b.Source.Count > 1))
        {
            for (var i = bead.Source[0]; i < bead.Source[^1]; i++)
            {
                endOf[i] = Math.Max(endOf[i], bead.Source[^1]);
            }
        }

        var clusters = new List<(int, int)>();
        var startIndex = 0;
        while (startIndex < count)
        {
            var end = endOf[startIndex];
            for (var i = startIndex; i <= end; i++)
            {
                end = Math.Max(end, endOf[i]);
            }

            clusters.Add((startIndex, end));
            startIndex = end + 1;
        }

        return clusters;
    }

    private static void Place(string language, IReadOnlyList<Bead> beads, List<Slot> slots)
    {
        var lastReferenceSlot = -1;
        foreach (var bead in beads)
        {
            if (bead.Source.Count > 0)
            {
                var slot = slots.FindIndex(s => s.Reference.Count > 0 && s.Reference.Contains(bead.Source[0]));
                slots[slot].Add(language, bead.Target, bead.Score);
                lastReferenceSlot = slot;
                continue;
            }

            // An added paragraph: its own slot right after the reference slot it follows (after other added slots there).
            var insertAt = lastReferenceSlot + 1;
            while (insertAt < slots.Count && slots[insertAt].Reference.Count == 0)
            {
                insertAt++;
            }

            var added = new Slot([]);
            added.Add(language, bead.Target, 0);
            slots.Insert(insertAt, added);
            lastReferenceSlot = insertAt;
        }
    }

    private static void RecordMoves(Edition edition, Edition reference, List<Slot> slots)
    {
        var added = slots.Where(s => s.Reference.Count == 0 && s.For(edition.Language).Count > 0).ToList();
        var omitted = slots.Where(s => s.Reference.Count > 0 && s.For(edition.Language).Count == 0).ToList();
        foreach (var addedSlot in added)
        {
            var text = string.Join(" ", addedSlot.For(edition.Language).Select(i => edition.Paragraphs[i].PivotText));
            var best = omitted
                .Select(s => (Slot: s, Score: ChrF.Score(text, string.Join(" ", s.Reference.Select(i => reference.Paragraphs[i].PivotText)))))
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Slot is null || best.Score < MovedThreshold)
            {
                continue;
            }

            best.Slot.Add(edition.Language, addedSlot.For(edition.Language), best.Score);
            best.Slot.Moved = true;
            addedSlot.Remove(edition.Language);
            omitted.Remove(best.Slot);
        }
    }

    private sealed class Slot(List<int> reference)
    {
        private readonly List<double> _scores = [];

        public List<int> Reference { get; } = reference;

        public Dictionary<string, List<int>> Members { get; } = new(StringComparer.Ordinal);

        public bool Moved { get; set; }

        public List<int> For(string language) => Members.TryGetValue(language, out var list) ? list : [];

        public void Add(string language, IReadOnlyList<int> indices, double score)
        {
            if (!Members.TryGetValue(language, out var list))
            {
                Members[language] = list = [];
            }

            list.AddRange(indices);
            list.Sort();
            if (indices.Count > 0)
            {
                _scores.Add(score);
            }
        }

        public void Remove(string language) => Members.Remove(language);

        public AlignmentGroup ToGroup(string id, string referenceLanguage, IReadOnlyList<string> languages)
        {
            var members = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            if (Reference.Count > 0)
            {
                members[referenceLanguage] = Reference;
            }

            foreach (var (language, list) in Members.Where(m => m.Value.Count > 0))
            {
                members[language] = list;
            }

            return new AlignmentGroup
            {
                Id = id,
                Kind = KindOf(languages),
                Score = _scores.Count == 0 ? 0 : Math.Round(_scores.Average(), 4),
                Members = members,
            };
        }

        private string KindOf(IReadOnlyList<string> languages)
        {
            if (Moved)
            {
                return "moved";
            }

            var r = Reference.Count;
            if (r == 0)
            {
                return $"0-{Members.Values.Where(v => v.Count > 0).Max(v => v.Count)}";
            }

            var counts = languages.Select(l => For(l).Count).ToList();
            if (counts.Any(c => c == 0))
            {
                return $"{r}-0";
            }

            var farthest = counts.OrderByDescending(c => Math.Abs(c - r)).First();
            return $"{r}-{farthest}";
        }
    }
}
