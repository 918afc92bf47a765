using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Builds a detection context by hand: editions with their paragraphs (original and pivot), groups and, optionally, the original language.</summary>
internal sealed class ContextBuilder(string pivot = "en", string reference = "fr", string? original = null)
{
    private readonly List<Edition> _editions = [];
    private readonly List<AlignmentGroup> _groups = [];

    /// <summary>An edition; each paragraph is (text, pivot text); for the pivot language give the pivot as null.</summary>
    public ContextBuilder Edition(string language, params (string Text, string? Pivot)[] paragraphs)
    {
        _editions.Add(new Edition
        {
            Language = language,
            Url = language + ".html",
            Paragraphs = paragraphs.Select((p, i) => new Paragraph { Index = i, Text = p.Text, PivotText = p.Pivot ?? p.Text }).ToList(),
        });
        return this;
    }

    /// <summary>An edition in the pivot language: its pivot texts are its texts.</summary>
    public ContextBuilder PivotEdition(string language, params string[] paragraphs) =>
        Edition(language, paragraphs.Select(p => (p, (string?)null)).ToArray());

    /// <summary>Marks paragraph <paramref name="index"/> of every edition so far as a heading.</summary>
    public ContextBuilder Heading(int index)
    {
        for (var e = 0; e < _editions.Count; e++)
        {
            var paragraphs = _editions[e].Paragraphs.ToList();
            var p = paragraphs[index];
            paragraphs[index] = new Paragraph { Index = p.Index, Kind = BlockKind.Heading, Text = p.Text, PivotText = p.PivotText };
            _editions[e] = new Edition { Language = _editions[e].Language, Url = _editions[e].Url, Paragraphs = paragraphs };
        }

        return this;
    }

    public ContextBuilder Group(string kind, params (string Language, int[] Indices)[] members)
    {
        _groups.Add(new AlignmentGroup
        {
            Id = "g" + (_groups.Count + 1),
            Kind = kind,
            Members = members.ToDictionary(m => m.Language, m => (IReadOnlyList<int>)m.Indices),
        });
        return this;
    }

    public Edition this[string language] => _editions.Single(e => e.Language == language);

    /// <summary>The context; without explicit groups, paragraph i of every edition forms group i.</summary>
    public DetectionContext Build()
    {
        var groups = _groups.Count > 0 ? _groups : DefaultGroups();
        return new DetectionContext { Editions = _editions, Groups = groups, PivotLanguage = pivot, ReferenceLanguage = reference, OriginalLanguage = original };
    }

    private List<AlignmentGroup> DefaultGroups()
    {
        var count = _editions.Max(e => e.Paragraphs.Count);
        return Enumerable.Range(0, count).Select(i => new AlignmentGroup
        {
            Id = "g" + (i + 1),
            Kind = "1-1",
            Members = _editions.Where(e => i < e.Paragraphs.Count).ToDictionary(e => e.Language, _ => (IReadOnlyList<int>)[i]),
        }).ToList();
    }
}
