using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Genders read from titles that refer back, from other editions when the original is silent, and from first names.</summary>
public class GenderWitnessesTests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("ca", "El regidor de Medi Ambient, Irene Salvatierra, va defensar el projecte.", "salvatierra", "Masculine")]
    [InlineData("es", "La concejala de Medio Ambiente, Irene Salvatierra, defendió el proyecto.", "salvatierra", "Feminine")]
    [InlineData("fr", "La professeure de batterie, Aina Ferrer, explique le projet.", "ferrer", "Feminine")]
    public void Of_ReadsATitleWhoseComplementHasCapitals(string language, string text, string person, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(text, language));

        Assert.Equal(person, mark.Person);
        Assert.Equal(gender, mark.Gender.ToString());
    }

    [Theory]
    [InlineData("fr", "Le tribunal a liquidé le transporteur Autocars Lauragais Voyages mardi.", null)]
    [InlineData("es", "El tribunal liquidó el martes al transportista Autocars Lauragais Voyages.", null)]
    [InlineData("es", "La filóloga Montserrat Vilaró reconoció la letra enseguida.", "Feminine")]
    public void Of_TakesANounOutsideTheTitlesOnlyBeforeAPersonsName(string language, string text, string? gender)
    {
        var marks = GenderMarks.Of(text, language).Select(m => m.Gender.ToString());

        Assert.Equal(gender is null ? [] : [gender], marks);
    }

    [Fact]
    public void Of_TakesNoIndefiniteTitleWithANamedComplementAsTheNamesApposition()
    {
        Assert.Empty(GenderMarks.Of("Elle entre à seize ans chez un graveur de la rue Mercière, Jeanne Vallier en tête.", "fr"));
        Assert.Single(GenderMarks.Of("La denuncia la presentó una trabajadora de la empresa, Inmaculada Reyes.", "es"));
    }

    [Theory]
    [InlineData("ca", "Laia Ferrer ha dirigit el treball. La investigadora subratlla que ningú no se n'adonava.", "La investigadora", "Feminine")]
    [InlineData("es", "Montserrat Oller coordina el seguimiento. Según el investigador, ha llovido poco.", "el investigador", "Masculine")]
    [InlineData("fr", "Laia Ferrer a dirigé le travail. Le chercheur souligne que personne ne s'en rendait compte.", "Le chercheur", "Masculine")]
    [InlineData("ca", "Laia Ferrer dirigeix el museu. «No hi ha pressa», va afegir el director.", "el director", "Masculine")]
    [InlineData("ca", "El consell ha demanat més controls. El seu president va recordar el frau.", "El seu president", "Masculine")]
    [InlineData("es", "El consejo ha pedido más controles. Su presidenta recordó el fraude.", "Su presidenta", "Feminine")]
    [InlineData("ca", "Marta Ezquerro va visitar la zona. «Ningú no quedarà enrere», va assegurar el conseller, que va prometre ajudes.", "el conseller", "Masculine")]
    public void Roles_ReadsATitleThatRefersBack(string language, string text, string phrase, string gender)
    {
        var (start, length, found, _, _) = Assert.Single(GenderMarks.Roles(text, language));

        Assert.Equal(phrase, text.Substring(start, length));
        Assert.Equal(gender, found.ToString());
    }

    [Theory]
    [InlineData("es", "Pere Vidal inauguró la obra. El alcalde de Vic, en cambio, no acudió.")]
    [InlineData("es", "Pere Vidal inauguró la obra con el investigador que dirige el museo.")]
    [InlineData("es", "«No hay prisa», dijo Pere Vidal al director del museo.")]
    [InlineData("es", "«No hay prisa», dijo el consejero que firmó el decreto.")]
    public void Roles_TakesNoTitleWithAComplementOrInsideASentence(string language, string text)
    {
        Assert.Empty(GenderMarks.Roles(text, language));
    }

    [Theory]
    [InlineData("Fiona", "fr", true)]
    [InlineData("Kim", "fr", false)]
    public void Detect_TakesAnotherEditionsMarking_WhenTheOriginalIsSilentAndTheFirstNameAgrees(string first, string judged, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", $"The company's chief executive, {first} Mackay, said the figures were good.")
            .Edition("ca", ($"La consellera delegada de l'empresa, {first} Mackay, va dir que les xifres eren bones.", $"The delegated councillor of the company, {first} Mackay, said that the figures were good."))
            .Edition("fr", ($"Le directeur général de l'entreprise, {first} Mackay, a dit que les chiffres étaient bons.", $"The general manager of the company, {first} Mackay, said that the figures were good."))
            .Build();

        var findings = new GenderAgreementDetector(Options).Detect(context).ToList();

        Assert.Equal(expected ? ["Le directeur général"] : [], findings.Where(f => f.Language == judged).Select(f => f.Text));
        Assert.DoesNotContain(findings, f => f.Language == "ca");
    }

    [Theory]
    [InlineData("Fiona", "Feminine")]
    [InlineData("Jordi", "Masculine")]
    [InlineData("Tomàs", "Masculine")]
    [InlineData("Joan", null)]
    [InlineData("Andrea", null)]
    public void GenderOf_GivesAGivenNamesGender_OnlyWhenItIsClear(string name, string? expected)
    {
        Assert.Equal(expected, GivenNames.GenderOf(name)?.ToString());
    }
}
