using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>
/// One labelled case: editions (each paragraph's text and pivot text), optional alignment groups, and the
/// artifacts an editor marked (the same shape as a seed set's artifacts.json).
/// </summary>
public sealed class CorpusCase
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Pivot { get; set; } = "en";

    public string Reference { get; set; } = string.Empty;

    public string? Original { get; set; }

    public IList<CorpusEdition> Editions { get; init; } = [];

    /// <summary>Alignment groups; when absent, paragraph i of every edition forms group i.</summary>
    public IList<CorpusGroup>? Groups { get; init; }

    public IList<CorpusArtifact> Artifacts { get; init; } = [];

    /// <summary>A newsroom glossary the case is checked with (for the terminology check).</summary>
    public IList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>The detection context the case describes.</summary>
    public DetectionContext ToContext()
    {
        var editions = Editions.Select(e => new Edition
        {
            Language = e.Language,
            Url = Name + "/" + e.Language,
            Paragraphs = e.Paragraphs.Select((p, i) => new Paragraph
            {
                Index = i,
                Kind = string.Equals(p.Kind, "heading", StringComparison.OrdinalIgnoreCase) ? BlockKind.Heading : BlockKind.Paragraph,
                Text = p.Text,
                PivotText = p.Pivot ?? p.Text,
                UnknownWords = p.Unknown?.ToList() ?? [],
                UnknownToLanguage = p.UnknownToLanguage?.ToList(),
                KnownParts = p.KnownParts?.ToList(),
            }).ToList(),
        }).ToList();
        return new DetectionContext
        {
            Editions = editions,
            Groups = BuildGroups(editions),
            PivotLanguage = Pivot,
            ReferenceLanguage = Reference,
            OriginalLanguage = Original,
        };
    }

    private List<AlignmentGroup> BuildGroups(List<Edition> editions)
    {
        if (Groups is { Count: > 0 })
        {
            return Groups.Select((g, i) => new AlignmentGroup
            {
                Id = "g" + (i + 1),
                Kind = g.Kind,
                Members = g.Members.ToDictionary(m => m.Key, m => (IReadOnlyList<int>)m.Value.ToList(), StringComparer.Ordinal),
            }).ToList();
        }

        var count = editions.Max(e => e.Paragraphs.Count);
        return Enumerable.Range(0, count).Select(i => new AlignmentGroup
        {
            Id = "g" + (i + 1),
            Kind = "1-1",
            Members = editions.Where(e => i < e.Paragraphs.Count).ToDictionary(e => e.Language, _ => (IReadOnlyList<int>)[i], StringComparer.Ordinal),
        }).ToList();
    }
}
