using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 113: false alarms of blind96–97 and misses of blind98–99.</summary>
public class Round113Tests
{
    private static readonly DetectionOptions Options = new();

    private static string? OmittedIn(ContextBuilder builder, string language, string concept) =>
        new OmittedWordDetector(Options).Detect(builder.Build()).Where(f => f.Language == language)
            .Select(f => f.Message.Contains("“" + concept + "”", StringComparison.Ordinal) ? concept : f.Message).FirstOrDefault();

    [Theory]
    [InlineData("The head says the lists of supply teachers ran dry as early as July.", null)]
    [InlineData("The head says the lists of supply teachers ran dry in July.", "already")]
    public void OmittedWord_ReadsAsEarlyAsAsAlready(string english, string? expected)
    {
        var builder = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La directora explica que las listas de interinos se agotaron ya en julio.", "The director explains that the lists of interim exhausted already in July."))
            .PivotEdition("en", english)
            .Edition("ca", ("La directora explica que les llistes d'interins ja es van esgotar al juliol.", "The director explains that the lists of interim already exhausted in July."));

        Assert.Equal(expected, OmittedIn(builder, "en", "already"));
    }

    [Theory]
    [InlineData("« Nous avons réussi à ce que les familles ne se contentent pas de venir à Teruel, mais qu'elles parcourent la province », a-t-elle dit.", "« We have managed to what the families do not gladden to come in Teruel, but that they go through the province », has she said.", null)]
    [InlineData("« Nous avons réussi à ce que les familles viennent à Teruel, mais qu'elles parcourent la province », a-t-elle dit.", "« We have managed to what the families come in Teruel, but that they go through the province », has she said.", "only")]
    public void OmittedWord_ReadsFrenchNeSeContentePasDeAsNotOnly(string french, string pivot, string? expected)
    {
        var builder = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("«Hemos conseguido que las familias no vengan solo a Teruel, sino que recorran la provincia», dijo.", "«We have achieved that the families do not come only to Teruel, but they go through the province», she said."))
            .PivotEdition("en", "“We have managed to get families not just to come to Teruel but to go through the province,” she said.")
            .Edition("fr", (french, pivot));
        Assert.Equal(expected, OmittedIn(builder, "fr", "only"));
    }

    [Theory]
    [InlineData("« Cela provoque des collisions par l'arrière au lieu de les empêcher », a-t-il dit.", "« This causes collisions by the back in place to prevent them », has he said.", null)]
    [InlineData("« Cela provoque des collisions par l'arrière et les empêche », a-t-il dit.", "« This causes collisions by the back and prevents them », has he said.", "not")]
    public void OmittedWord_ReadsFrenchAuLieuDeAsANegation(string french, string pivot, string? expected)
    {
        var builder = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "\"That causes rear-end crashes, it doesn't stop them,\" he said.")
            .Edition("ca", ("«Això causa xocs per darrere, no els atura», va dir.", "«This causes crashes for behind, does not stop them», said."))
            .Edition("fr", (french, pivot));

        Assert.Equal(expected, OmittedIn(builder, "fr", "not"));
    }

    [Theory]
    [InlineData("The Tàrrega goes up to the Feminine League 2, but its pavilion falls short of the rule", null)]
    [InlineData("The Tàrrega goes up to the Feminine League 2, and its pavilion meets the rule", "not")]
    public void OmittedWord_ReadsFallsShortAsANegation(string english, string? expected)
    {
        var builder = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El Tàrrega puja a la Lliga Femenina 2, però el seu pavelló no compleix la normativa", "The Tàrrega rises at the Feminine League 2, but his pavilion does not fulfil the rule"))
            .Edition("es", ("El Tàrrega sube a la Liga Femenina 2, pero su pabellón no cumple la normativa", "The Tàrrega goes up to the Feminine League 2, but his pavilion does not fulfil the rule"))
            .PivotEdition("en", english);

        Assert.Equal(expected, OmittedIn(builder, "en", "not"));
    }

    [Theory]
    [InlineData("Les patients partent de l'aéroport de Mahón à sept heures.", "The patients leave of the airport of Mahón at seven hours.", false)]
    [InlineData("Les patients partent de l'aéroport de Fornells à sept heures.", "The patients leave of the airport of Fornells at seven hours.", true)]
    public void NamedEntity_TakesMahonForMao(string french, string pivot, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Els pacients surten de l'aeroport de Maó a les set del matí.", "The patients go out of the airport of Maó at seven of the morning."))
            .PivotEdition("en", "Patients leave from Maó airport at seven in the morning.")
            .Edition("fr", (french, pivot))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }
}
