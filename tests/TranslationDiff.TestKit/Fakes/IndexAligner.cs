using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>Test aligner: paragraph i of every edition goes to group i (editions of equal structure).</summary>
public sealed class IndexAligner : IParagraphAligner
{
    public IReadOnlyList<AlignmentGroup> Align(IReadOnlyList<Edition> editions, string referenceLanguage)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var count = editions.Max(e => e.Paragraphs.Count);
        return Enumerable.Range(0, count).Select(i => new AlignmentGroup
        {
            Id = $"g{i + 1}",
            Kind = editions.All(e => e.Paragraphs.Count > i) ? "1-1" : "1-0",
            Score = 1,
            Members = editions.Where(e => e.Paragraphs.Count > i)
                .ToDictionary(e => e.Language, e => (IReadOnlyList<int>)[i]),
        }).ToList();
    }
}
