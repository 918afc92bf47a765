using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class FalseSenseDetectorTests
{
    [Fact]
    public void Detect_FindsEverydaySense_WhenSourceWordAndCueAgree()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Jeudi, elle a testé un nouveau missile. Selon Tokyo, l'engin est tombé en mer après le tir.", "…"))
            .PivotEdition("en", "On Thursday it tested a new missile. According to Tokyo, the device fell into the sea after the fire.")
            .Build();

        var findings = new FalseSenseDetector(new DetectionOptions()).Detect(context).ToList();

        Assert.Equal(["fire", "device"], findings.Select(f => f.Text).Order(StringComparer.Ordinal).Reverse());
        Assert.All(findings, f => Assert.Equal(Categories.Mistranslation, f.Category));
        Assert.Contains(findings, f => f.Message.Contains("« tir »", StringComparison.Ordinal) && f.Evidence["fr"].Contains("tir", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vingt techniciens monteront la scène ; le reste de l'équipe arrivera lundi.", null)]
    [InlineData("Le club a limogé son technicien après le match de dimanche.", "technicien")]
    public void Detect_ReadsTecnicoAsTheCoach_OnlyInAFootballText(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El técnico y el equipo llegarán el lunes.", "The technician and the team will arrive on Monday."))
            .Edition("fr", (french, "…"))
            .Build();

        var findings = new FalseSenseDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsTheEastForOrient_WhenNextSentenceNamesAsia()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La crise se joue aussi en Orient. Le Japon a convoqué l'ambassadeur de Chine.", "…"))
            .PivotEdition("en", "The crisis is also playing out in the East. Japan summoned the Chinese ambassador.")
            .Build();

        var finding = Assert.Single(new FalseSenseDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("the East", finding.Text);
        Assert.Contains("Far East", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("La crise se joue aussi en Extrême-Orient. Le Japon a convoqué l'ambassadeur.", "The crisis is also playing out in the Far East. Japan summoned the ambassador.")]
    [InlineData("La crise se joue aussi en Orient. Le Japon a convoqué l'ambassadeur.", "The crisis is also playing out in the Middle East and in East Asia. Japan summoned the ambassador.")]
    [InlineData("Les combats se concentrent à l'Est. Kiev a demandé des munitions.", "The fighting is concentrated in the East. Kyiv asked for ammunition.")]
    public void Detect_FindsNothingForOrient_WhenRenderedOrMeantAsTheEast(string french, string english)
    {
        var context = new ContextBuilder().Edition("fr", (french, "…")).PivotEdition("en", english).Build();

        Assert.Empty(new FalseSenseDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenCueIsAbsent()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les pompiers ont maîtrisé le feu après un tir de sommation.", "…"))
            .PivotEdition("en", "Firefighters brought the fire under control after a warning shot.")
            .Build();

        Assert.Empty(new FalseSenseDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenFireIsIdiomatic()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Des tirs de roquettes ont visé la ville ; le missile a été abattu.", "…"))
            .PivotEdition("en", "Rocket fire targeted the town; the missile was shot down.")
            .Build();

        Assert.Empty(new FalseSenseDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenSourceWordIsAbsent()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le missile a pris feu au décollage.", "…"))
            .PivotEdition("en", "The missile caught fire on take-off.")
            .Build();

        Assert.Empty(new FalseSenseDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_UsesEntriesFromOptions_WhenDefaultsAreOff()
    {
        var options = new DetectionOptions
        {
            FalseSenseDefaults = false,
            FalseSenses = { new FalseSenseEntry { Sources = ["fr"], Source = @"\bcarte vitale\b", Target = "en", Rendering = @"\bvital card\b", Meaning = "« carte Vitale »", Suggestion = "“health insurance card”" } },
        };
        var context = new ContextBuilder()
            .Edition("fr", ("Il a perdu sa carte vitale et son engin de chantier est tombé en panne après le tir.", "…"))
            .PivotEdition("en", "He lost his vital card and his missile device broke down after the fire.")
            .Build();

        var finding = Assert.Single(new FalseSenseDetector(options).Detect(context));

        Assert.Equal("vital card", finding.Text);
    }
}
