using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class CalqueDetectorTests
{
    [Fact]
    public void Detect_FindsFrenchCalques_WhenOriginalIsFrench()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("« Nous resterons », assure la ministre. Elle a rencontré son homologue ce vendredi 1er novembre.", "« We will remain », ensures the minister."))
            .PivotEdition("en", "“We will stay”, assures Foreign Minister Choe. She met her counterpart this Friday, November 1.")
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).ToList();

        Assert.Equal(["assures", "this Friday, November 1"], findings.Select(f => f.Text));
        Assert.All(findings, f => Assert.Equal(Categories.Unidiomatic, f.Category));
        Assert.Contains("« assure »", findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("That final, recalls Ortiz, who was then the captain, ended in a penalty shoot-out.", null)]
    [InlineData("“The rules apply to every club”, recalls Ortiz.", "recalls")]
    public void Detect_LeavesRecallsThatMeansRemembers_WhenTheSentenceTellsAPastEvent(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Aquella final, recuerda Ortiz, terminó en los penaltis.", "That final, remembers Ortiz, ended in the penalties."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsNothing_WhenNoEditionIsInTheSourceLanguage()
    {
        var context = new ContextBuilder(reference: "de")
            .Edition("de", ("Sie traf ihren Amtskollegen.", "She met her counterpart."))
            .PivotEdition("en", "“We will stay”, assures Foreign Minister Choe.")
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_InIdiomaticText()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El Gobierno celebrará una reunión el jueves.", "The Government will celebrate a meeting the Thursday."))
            .PivotEdition("en", "The government will hold a meeting on Thursday to celebrate the anniversary; turnout rose by 12% and the actual figure was higher.")
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_UsesNewsroomEntries_WhenDefaultsAreOff()
    {
        var options = new DetectionOptions
        {
            CalqueDefaults = false,
            Calques = { new CalqueEntry { Sources = ["es"], Target = "en", Pattern = @"\bgave a step\b", Original = "dio un paso", Suggestion = "“took a step”" } },
        };
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El Gobierno dio un paso adelante este viernes, 3 de mayo.", "The Government gave a step forward."))
            .PivotEdition("en", "The government gave a step forward this Friday, May 3.")
            .Build();

        var finding = Assert.Single(new CalqueDetector(options).Detect(context));

        Assert.Equal("gave a step", finding.Text);
    }

    [Fact]
    public void Detect_FiresAnchoredEntry_OnlyWhereSourceHasTheAnchor()
    {
        var options = new DetectionOptions
        {
            CalqueDefaults = false,
            Calques = { new CalqueEntry { Sources = ["fr"], Target = "en", Pattern = @"\bagainst \d", SourceCue = @"\bcontre\b", Original = "contre", Suggestion = "“compared with”" } },
        };
        var context = new ContextBuilder()
            .Edition("fr", ("Le chômage atteint 7 %, contre 8 % en 2023.", "…"), ("Le chômage atteint 7 %, soit moins que les 8 % de 2023.", "…"))
            .PivotEdition("en", "Unemployment stands at 7%, against 8% in 2023.", "Unemployment stands at 7%, against 8% in 2023.")
            .Build();

        var finding = Assert.Single(new CalqueDetector(options).Detect(context));

        Assert.Equal(0, finding.Paragraph);
        Assert.Contains("contre", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", 1)]
    [InlineData("es", 0)]
    public void Detect_LooksForTheAnchorInTheOriginal_WhenTheOriginalIsKnown(string original, int expected)
    {
        // The Spanish edition has no « contre »; only a French original can vouch for a French calque.
        var options = new DetectionOptions
        {
            CalqueDefaults = false,
            Calques = { new CalqueEntry { Sources = ["fr"], Target = "en", Pattern = @"\bagainst \d", SourceCue = @"\bcontre\b", Original = "contre", Suggestion = "“compared with”" } },
        };
        var context = new ContextBuilder(reference: original, original: original)
            .Edition("fr", ("Le chômage atteint 7 %, contre 8 % en 2023.", "…"))
            .Edition("es", ("El paro alcanza el 7 %, frente al 8 % de 2023.", "…"))
            .PivotEdition("en", "Unemployment stands at 7%, against 8% in 2023.")
            .Build();

        Assert.Equal(expected, new CalqueDetector(options).Detect(context).Count(f => f.Language == "en"));
    }

    [Fact]
    public void Defaults_CompileAndNameTheirLanguages()
    {
        Assert.True(Calques.Defaults.Count >= 150, $"{Calques.Defaults.Count} entries");
        Assert.All(Calques.Defaults, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.NotEqual(string.Empty, e.Target);
            _ = new System.Text.RegularExpressions.Regex(e.Pattern);
        });
    }
}
