using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Model;
using static TranslationDiff.Analysis.Tests.Alignment.FakeSequenceAligner;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class ParagraphAlignerTests
{
    [Fact]
    public void Align_BuildsOneGroupPerReferenceRunAndAddedParagraph_WhenEditionsDifferInShape()
    {
        // Texts without a character in common, so that nothing looks moved.
        var reference = Edition("en", "aaa", "bbb", "ccc", "ddd");
        var french = Edition("fr", "kkk", "lll", "mmm", "nnn", "ooo");
        var german = Edition("de", "ppp", "qqq", "sss");
        var fake = new FakeSequenceAligner(new()
        {
            ["kkk"] = [B([0], [0]), B([1], [1, 2]), B([], [3]), B([2], [4]), B([3], [])],
            ["ppp"] = [B([0, 1], [0]), B([2], [1]), B([3], [2])],
        });

        var groups = new ParagraphAligner(fake).Align([reference, french, german], "en");

        Assert.Equal(["g1", "g2", "g3", "g4"], groups.Select(g => g.Id));
        Assert.Equal(["2-3", "0-1", "1-1", "1-0"], groups.Select(g => g.Kind));
        Assert.Equal(new Dictionary<string, string> { ["fr"] = "2-3", ["de"] = "2-1" }, groups[0].Shapes);
        Assert.Equal(new Dictionary<string, string> { ["fr"] = "0-1" }, groups[1].Shapes);
        Assert.Equal(new Dictionary<string, string> { ["fr"] = "1-0", ["de"] = "1-1" }, groups[3].Shapes);
        Assert.Equal([0, 1], groups[0].For("en"));
        Assert.Equal([0, 1, 2], groups[0].For("fr"));
        Assert.Equal([0], groups[0].For("de"));
        Assert.Equal([3], groups[1].For("fr"));
        Assert.Empty(groups[1].For("en"));
        Assert.Equal([4], groups[2].For("fr"));
        Assert.Empty(groups[3].For("fr"));
        Assert.Equal([2], groups[3].For("de"));
        Assert.All(fake.Calls, call => Assert.Equal(["aaa", "bbb", "ccc", "ddd"], call.Source));
    }

    [Fact]
    public void Align_PutsEveryParagraphInExactlyOneGroup()
    {
        var editions = new[]
        {
            Edition("en", SampleTexts.Flood),
            Edition("fr", SampleTexts.Flood.Take(2).Concat(SampleTexts.BridgeInTwo).Concat(SampleTexts.Flood.Skip(3)).ToArray()),
            Edition("de", SampleTexts.Flood.Where((_, k) => k != 4).Append(SampleTexts.Unrelated).ToArray()),
        };

        var groups = new ParagraphAligner(new SequenceAligner()).Align(editions, "en");

        foreach (var edition in editions)
        {
            var indices = groups.SelectMany(g => g.For(edition.Language)).Order();
            Assert.Equal(Enumerable.Range(0, edition.Paragraphs.Count), indices);
        }

        Assert.Equal(Enumerable.Range(1, groups.Count).Select(k => $"g{k}"), groups.Select(g => g.Id));
    }

    [Fact]
    public void Align_RecordsMovedParagraph_WhenAnEditionPutsItElsewhere()
    {
        var flood = SampleTexts.Flood.Take(6).ToArray();
        var moved = new[] { flood[0], flood[2], flood[3], flood[4], flood[5], flood[1] };

        var groups = new ParagraphAligner(new SequenceAligner()).Align([Edition("en", flood), Edition("de", moved)], "en");

        var group = Assert.Single(groups, g => g.Kind == "moved");
        Assert.Equal([1], group.For("en"));
        Assert.Equal([5], group.For("de"));
        Assert.Equal(1.0, group.Score, 4);
        Assert.DoesNotContain(groups, g => g.Kind == "0-1");
        Assert.Equal(6, groups.Count);
    }

    [Fact]
    public void Align_MarksEveryGroupOmitted_WhenAnEditionIsEmpty()
    {
        var groups = new ParagraphAligner(new SequenceAligner()).Align([Edition("en", SampleTexts.Flood), Edition("it")], "en");

        Assert.Equal(SampleTexts.Flood.Length, groups.Count);
        Assert.All(groups, g => Assert.Equal("1-0", g.Kind));
        Assert.All(groups, g => Assert.Empty(g.For("it")));
        Assert.All(groups, g => Assert.Equal(0, g.Score));
    }

    [Fact]
    public void Align_MakesOnlyAddedGroups_WhenTheReferenceIsEmpty()
    {
        var groups = new ParagraphAligner(new SequenceAligner()).Align([Edition("en"), Edition("fr", SampleTexts.Flood.Take(3).ToArray())], "en");

        Assert.Equal(["0-1", "0-1", "0-1"], groups.Select(g => g.Kind));
        Assert.Equal([0, 1, 2], groups.SelectMany(g => g.For("fr")));
    }

    [Fact]
    public void Align_ScoresIdenticalEditionsAsOne()
    {
        var groups = new ParagraphAligner(new SequenceAligner()).Align([Edition("en", SampleTexts.Flood), Edition("en-gb", SampleTexts.Flood)], "en");

        Assert.All(groups, g => Assert.Equal("1-1", g.Kind));
        Assert.All(groups, g => Assert.Equal(1.0, g.Score, 4));
    }

    [Fact]
    public void Align_GroupsTheReferenceAlone_WhenItIsTheOnlyEdition()
    {
        var groups = new ParagraphAligner(new FakeSequenceAligner([])).Align([Edition("en", "a", "b")], "en");

        Assert.Equal(["1-1", "1-1"], groups.Select(g => g.Kind));
    }

    [Fact]
    public void Align_Throws_WhenNoEditionHasTheReferenceLanguage()
    {
        var aligner = new ParagraphAligner(new FakeSequenceAligner([]));

        Assert.Throws<ArgumentException>(() => aligner.Align([Edition("en", "a")], "fr"));
    }

    private static Edition Edition(string language, params string[] pivotTexts) => new()
    {
        Language = language,
        Url = $"file:///{language}.txt",
        Paragraphs = pivotTexts.Select((t, k) => new Paragraph { Index = k, Text = t, PivotText = t }).ToList(),
    };
}
