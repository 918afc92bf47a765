using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Detection.Evaluation;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 95: role nouns that mark a person's gender, a surname that two persons share, and where a label stands.</summary>
public class GenderRolesAndSharedSurnamesTests
{
    [Theory]
    [InlineData("fr", "« On a monté les poutres à dos d'homme », raconte le bénévole Fiona Baird.", "baird", "Masculine")]
    [InlineData("fr", "« On a monté les poutres à dos d'homme », raconte la bénévole Fiona Baird.", "baird", "Feminine")]
    [InlineData("es", "Lo confirmó Claire Dumoulin, jefe del proyecto.", "dumoulin", "Masculine")]
    [InlineData("es", "Lo confirmó Claire Dumoulin, jefa del proyecto.", "dumoulin", "Feminine")]
    [InlineData("ca", "Ho explica la infermera Pilar Roig.", "roig", "Feminine")]
    [InlineData("es", "Lo explica el voluntario Jordi Mas.", "mas", "Masculine")]
    public void Of_ReadsRoleNouns_AndTheArticleOfANounOfEitherGender(string language, string text, string person, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(text, language));

        Assert.Equal((person, gender), (mark.Person, mark.Gender.ToString()));
    }

    [Fact]
    public void Detect_FindsAVolunteerGivenTheWrongGender()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "“We carried the beams up on our backs,” said the volunteer Fiona Baird. She has walked the glen for thirty years.")
            .Edition("fr", ("« Nous avons monté les poutres sur le dos », a dit le bénévole Fiona Baird. Elle parcourt la vallée depuis trente ans.", "…"))
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(("fr", "le bénévole"), (finding.Language, finding.Text));
    }

    [Fact]
    public void Detect_LeavesASurnameThatAManAndAWomanShare()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", (
                "Les fotografies són del fotògraf Ramon Farràs. Les va trobar la seva néta, Núria Farràs, que les va donar a l'arxiu.",
                "The photographs are of the photographer Ramon Farràs. It found them his granddaughter, Núria Farràs, that gave them to the archive."))
            .Edition("fr", (
                "Les photographies sont du photographe Ramon Farràs. Elles ont été trouvées par sa petite-fille, Núria Farràs, qui les a données aux archives, dit-elle.",
                "…"))
            .Build();

        Assert.Empty(new GenderAgreementDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("La cooperativa agrupa 1 400 socis. Ho diu Antonia Cazorla, soci des de 1987.", "soci", 59)]
    [InlineData("La cooperativa agrupa 1 400 socis.", "soci", 28)]
    [InlineData("Es va invertir 1,4 milions. El 14% restant.", "14", 31)]
    [InlineData("Sense rastre.", "socis", -1)]
    public void FirstOccurrence_PlacesALabelOfWordsOnItsFirstWholeWordOccurrence(string paragraph, string label, int expected)
    {
        Assert.Equal(expected, CorpusEvaluator.FirstOccurrence(paragraph, label));
    }
}
