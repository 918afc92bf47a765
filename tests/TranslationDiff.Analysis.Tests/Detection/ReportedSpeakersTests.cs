using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Speaker pronouns read in order, and compared with the original's aligned paragraph.</summary>
public class ReportedSpeakersTests
{
    [Theory]
    [InlineData("en", "“It is rare to see such a sequence,” she explained. The team measured the strides.", "she", "Feminine", false)]
    [InlineData("en", "The team measured the strides. According to him, the animal was walking.", "him", "Masculine", true)]
    [InlineData("fr", "« Ce n'est pas une baguette magique », a-t-elle déclaré devant la presse.", "elle", "Feminine", false)]
    [InlineData("fr", "« On recommencera l'an prochain », il a dit au micro de la radio.", "il", "Masculine", false)]
    [InlineData("fr", "Selon lui, la saison commence trop tard.", "lui", "Masculine", true)]
    [InlineData("es", "«No hay prisa», dijo ella al salir del pleno.", "ella", "Feminine", false)]
    [InlineData("es", "Según él, la obra acabará en mayo.", "él", "Masculine", true)]
    [InlineData("ca", "«No hi ha pressa», va dir ell en sortir del ple.", "ell", "Masculine", false)]
    [InlineData("ca", "Segons ella, l'obra acabarà al maig.", "ella", "Feminine", true)]
    public void Of_ReadsTheSpeakerPronoun(string language, string text, string pronoun, string gender, bool attribution)
    {
        var speaker = Assert.Single(ReportedSpeakers.Of(text, language));

        Assert.Equal(pronoun, text.Substring(speaker.Start, speaker.Length));
        Assert.Equal(gender, speaker.Gender.ToString());
        Assert.Equal(attribution, speaker.Attribution);
    }

    [Theory]
    [InlineData("fr", "Faut-il s'en inquiéter ? La pluie est revenue, semble-t-il, plus tôt que prévu.")]
    [InlineData("es", "«Lo hicimos para ella», explicó la madre, que trabajó con ella durante años.")]
    [InlineData("ca", "«Ho vam fer per ella», va explicar la mare.")]
    [InlineData("en", "The mayor, she has worked here for years, and he owns the bakery.")]
    public void Of_TakesNoImpersonalOrPrepositionalPronounForASpeaker(string language, string text)
    {
        Assert.Empty(ReportedSpeakers.Of(text, language));
    }

    [Theory]
    [InlineData("“It is extremely rare to have such a legible sequence,” he explained. The researchers measured the strides.", "he")]
    [InlineData("“It is extremely rare to have such a legible sequence,” she explained. The researchers measured the strides.", null)]
    [InlineData("“It is extremely rare to have such a legible sequence,” he explained. “The tracks are rare,” she added.", null)]
    public void GenderAgreement_ComparesTheSpeakerWithTheOriginalsInTheAlignedParagraph(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("« Il est extrêmement rare d'avoir une séquence aussi lisible », a-t-elle expliqué. Les chercheurs ont mesuré les pas.", "…"))
            .PivotEdition("en", english)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("“It is an ordinary chondrite,” he explained to this newspaper.", "he")]
    [InlineData("“It is an ordinary chondrite,” she explained to this newspaper.", null)]
    public void GenderAgreement_GivesASpeakerTheOriginalDropsTheGenderOfThePersonItNamedLast(string quotation, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La geóloga Lucía Arnal viajó el martes a Calamocha. «Es una condrita ordinaria», explicó a este diario.", "…"))
            .PivotEdition("en", "The geologist Lucía Arnal travelled to Calamocha on Tuesday. " + quotation)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("« Si les prix ne baissent pas, nous élargirons la liste », a-t-il averti.", "il")]
    [InlineData("« Si les prix ne baissent pas, nous élargirons la liste », a-t-elle averti.", null)]
    public void GenderAgreement_KnowsAPersonByTheFirstOfTwoSurnames(string quotation, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es",
                ("La consellera de Vivienda, Marta Ibáñez Roca, defendió la norma.", "…"),
                ("Ibáñez explicó que la declaración durará tres años. «Si los precios no bajan, ampliaremos la lista», advirtió ante los periodistas.", "…"))
            .Edition("fr",
                ("La conseillère au Logement, Marta Ibáñez Roca, a défendu la norme.", "…"),
                ("Ibáñez a expliqué que la déclaration durera trois ans. " + quotation, "…"))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}
