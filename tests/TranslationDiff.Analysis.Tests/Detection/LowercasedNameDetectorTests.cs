using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class LowercasedNameDetectorTests
{
    private static readonly LowercasedNameDetector Detector = new(new DetectionOptions());

    [Fact]
    public void Detect_FindsLowercasedCity_WhenOtherEditionsCapitaliseAnotherSpelling()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Kiev)
            .Edition("es", ("El ministro pidió levantar las restricciones sobre los misiles de largo alcance, lo que Kiev reclama desde hace meses.", "The minister asked to lift the restrictions on the missiles of long scope, what Kiev demands from does months."))
            .PivotEdition("en", "He argued for lifting all restrictions on the use of missiles long-range, which kyiv has been demanding for months.")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("kyiv", "en"), (finding.Text, finding.Language));
        Assert.Equal("Kiev", finding.Evidence["fr"]);
    }

    [Fact]
    public void Detect_FindsNothing_WhenWordIsCommonInOtherEditions()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le Nord et le Sud.", "The North and the south."))
            .PivotEdition("en", "The north and the South.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenOthersCapitaliseOnlyAtSentenceStart()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Kiev réclame des armes.", "Kiev demands weapons."))
            .PivotEdition("en", "The city of kiev demands weapons.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenEngineTranslatedTheWord()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The Russian minister met the President.")
            .Edition("fr", ("Le ministre russe a rencontré le président.", "The Russian minister has met the president."))
            .Build();

        Assert.Empty(Detector.Detect(context));
    }
}
