using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 50: a title the article contradicts, « responsable » in French, and a French sentence opened by « Il » or « Elle » and a verb of saying.</summary>
public class GenderTitlesAndSpeakersTests
{
    [Fact]
    public void Of_ReadsTheTitle_WhenItsArticleSaysTheOtherGender_OnlyForAJudgedEdition()
    {
        const string text = "« Nous n'avons pas pris cette décision à la légère », a dit sa directeur général, Helen Marwood.";

        Assert.Empty(GenderMarks.Of(text, "fr"));
        var mark = Assert.Single(GenderMarks.Of(text, "fr", titleDecides: true));
        Assert.Equal(("marwood", "Masculine"), (mark.Person, mark.Gender.ToString()));
    }

    [Theory]
    [InlineData("fr", "Le responsable de l'équipe de prévision, Marta Solsona, rappelle le niveau.", "solsona", "Masculine")]
    [InlineData("fr", "La responsable de l'équipe de prévision, Marta Solsona, rappelle le niveau.", "solsona", "Feminine")]
    public void Of_ReadsFrenchResponsable_ByItsArticle(string language, string text, string person, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(text, language));

        Assert.Equal((person, gender), (mark.Person, mark.Gender.ToString()));
    }

    [Theory]
    [InlineData("fr", "L'étude est dirigée par le biologiste marin Siân Pritchard.", "pritchard", "Masculine")]
    [InlineData("ca", "L'estudi el dirigeix la biòloga marina Siân Pritchard.", "pritchard", "Feminine")]
    [InlineData("es", "Lo explicó el ingeniero agrónomo Pau Vidal.", "vidal", "Masculine")]
    public void Of_ReadsATitleWithAnAdjectiveOfItsOwnBeforeTheName(string language, string text, string person, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(text, language));

        Assert.Equal((person, gender), (mark.Person, mark.Gender.ToString()));
    }

    [Fact]
    public void Detect_FindsAFrenchTitle_ThatItsOwnArticleContradicts()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "“We have not taken this decision lightly,” said its chief executive, Helen Marwood. She said the route loses money.")
            .Edition("fr", ("« Nous n'avons pas pris cette décision à la légère », a dit sa directeur général, Helen Marwood. Elle a dit que la ligne perd de l'argent.", "…"))
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(("fr", "sa directeur général"), (finding.Language, finding.Text));
    }

    [Theory]
    [InlineData("À Roscoff, la maire, Anne-Sophie Quéméner, a critiqué l'annonce. Il a ajouté que la ville avait perdu un service.", "Il")]
    [InlineData("À Roscoff, la maire, Anne-Sophie Quéméner, a critiqué l'annonce. Elle a ajouté que la ville avait perdu un service.", null)]
    [InlineData("À Roscoff, la maire, Anne-Sophie Quéméner, a critiqué l'annonce. Il a été décidé que la ville perdrait un service.", null)]
    public void Detect_ReadsAFrenchSentenceOpenedByAPronounAndAVerbOfSaying(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "In Roscoff, the mayor, Anne-Sophie Quéméner, criticised the announcement. She said the town had lost a service.")
            .Edition("fr", (french, "…"))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Detect_TakesAFrenchOriginalsOpeningElle_AsTheGenderOfThePersonNamedBefore()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("« On travaille sept jours sur sept », résume Mathilde Roumégoux, qui élève 62 vaches avec son frère. Elle affirme avoir perdu 9 000 euros.", "…"))
            .PivotEdition("en", "“We work seven days a week,” summarises Mathilde Roumégoux, who raises 62 cows with his brother. She says she has lost 9,000 euros.")
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(("en", "his"), (finding.Language, finding.Text));
    }
}
