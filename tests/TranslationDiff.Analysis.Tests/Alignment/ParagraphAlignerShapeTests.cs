using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class ParagraphAlignerShapeTests
{
    private static readonly string[] Story =
    [
        "The new tram line opened on Saturday morning after four years of works in the city centre.",
        "More than twelve thousand people took the free trial ride between the station and the Tilleuls district.",
        "The mayor said it was a historic day for the town as she cut the ribbon at the town hall stop.",
        "The project cost three hundred and ten million euros and was two years late, according to the region.",
        "Shopkeepers in the centre, who lost customers during the works, are still asking for compensation.",
        "The line has fourteen stations over nine and a half kilometres and trams will run every six minutes.",
    ];

    private readonly ParagraphAligner _aligner = new(new SequenceAligner());

    [Fact]
    public void Align_PairsParagraphsOneToOne_WhenEditionsHaveTheSameStructure()
    {
        var groups = _aligner.Align([Edition("fr", Story), Edition("en", Story)], "fr");

        Assert.Equal(Story.Length, groups.Count);
        Assert.All(groups, g => Assert.Equal("1-1", g.Kind));
        Assert.Equal(["g1", "g2", "g3", "g4", "g5", "g6"], groups.Select(g => g.Id));
        Assert.Equal([3], groups[3].For("en"));
    }

    [Fact]
    public void Align_MakesOneGroup_WhenAnEditionMergesTwoParagraphs()
    {
        var merged = Story.Take(2).Append(Story[2] + " " + Story[3]).Concat(Story.Skip(4)).ToArray();

        var groups = _aligner.Align([Edition("fr", Story), Edition("es", merged)], "fr");

        var group = Assert.Single(groups, g => g.For("fr").Contains(2));
        Assert.Equal("2-1", group.Kind);
        Assert.Equal([2, 3], group.For("fr"));
        Assert.Equal([2], group.For("es"));
        Assert.Equal(5, groups.Count);
    }

    [Fact]
    public void Align_KeepsOneGroupPerReferenceCluster_AcrossThreeEditions()
    {
        var merged = Story.Take(2).Append(Story[2] + " " + Story[3]).Concat(Story.Skip(4)).ToArray();

        var groups = _aligner.Align([Edition("fr", Story), Edition("en", Story), Edition("es", merged)], "fr");

        var group = Assert.Single(groups, g => g.For("fr").Contains(2));
        Assert.Equal([2, 3], group.For("en"));
        Assert.Equal([2], group.For("es"));
    }

    [Fact]
    public void Align_RecordsAnOmittedParagraph()
    {
        var dropped = Story.Where((_, i) => i != 4).ToArray();

        var groups = _aligner.Align([Edition("fr", Story), Edition("en", dropped)], "fr");

        var group = Assert.Single(groups, g => g.For("fr").SequenceEqual([4]));
        Assert.Equal("1-0", group.Kind);
        Assert.Empty(group.For("en"));
        Assert.Equal([4], groups.Single(g => g.For("fr").SequenceEqual([5])).For("en"));
    }

    [Fact]
    public void Align_RecordsAnAddedParagraph_AtItsPlace()
    {
        const string note = "This article was translated with the help of an automatic tool and checked by our editors.";
        var extended = Story.Take(3).Append(note).Concat(Story.Skip(3)).ToArray();

        var groups = _aligner.Align([Edition("fr", Story), Edition("en", extended)], "fr");

        var index = groups.ToList().FindIndex(g => g.Kind == "0-1");
        Assert.Equal([3], groups[index].For("en"));
        Assert.Empty(groups[index].For("fr"));
        Assert.Equal([2], groups[index - 1].For("fr"));
    }

    [Fact]
    public void Align_RecordsAMovedParagraph()
    {
        var moved = new[] { Story[0], Story[1], Story[3], Story[4], Story[5], Story[2] };

        var groups = _aligner.Align([Edition("fr", Story), Edition("en", moved)], "fr");

        var group = Assert.Single(groups, g => g.Kind == "moved");
        Assert.Equal([2], group.For("fr"));
        Assert.Equal([5], group.For("en"));
        Assert.DoesNotContain(groups, g => g.Kind is "0-1" or "1-0");
    }

    [Fact]
    public void Align_GivesOnlyReferenceGroups_WhenAnEditionIsEmpty()
    {
        var groups = _aligner.Align([Edition("fr", Story), Edition("en", [])], "fr");

        Assert.Equal(Story.Length, groups.Count);
        Assert.All(groups, g => Assert.Equal("1-0", g.Kind));
    }

    private static Edition Edition(string language, string[] pivotTexts) => new()
    {
        Language = language,
        Url = language,
        Paragraphs = pivotTexts.Select((t, i) => new Paragraph { Index = i, Text = t, PivotText = t }).ToList(),
    };
}
