using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 100: with nothing in its place, a name is lost only where the others list it among names this edition keeps.</summary>
public class KeptNamesDroppedFromListTests
{
    [Fact]
    public void NamedEntity_ReportsATownDroppedFromAListBetweenItsNeighbours()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("L'entitat té botigues a Terrassa, Sabadell i Rubí, segons la memòria.", "The entity has shops in Terrassa, Sabadell and Rubí, according to the memory."))
            .Edition("fr", ("L'association possède des boutiques à Terrassa, Sabadell et Rubí, selon le rapport.", "The association possesses shops to Terrassa, Sabadell and Rubí, according to the report."))
            .Edition("es", ("La entidad tiene tiendas en Terrassa y Rubí, según la memoria.", "The entity has shops in Terrassa and Rubí, according to the memory."))
            .Build();
        foreach (var edition in context.Editions)
        {
            edition.Paragraphs[0].UnknownWords = [.. new[] { "Terrassa", "Sabadell", "Rubí" }.Where(edition.Paragraphs[0].Text.Contains)];
        }

        var finding = Assert.Single(new NamedEntityDetector(new DetectionOptions()).Detect(context), f => f.Language == "es");

        Assert.Contains("Sabadell", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Terrassa y Rubí", finding.Text);
    }

    [Fact]
    public void NamedEntity_LeavesANameRenderedByADescription()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The Minster will open its tower to visitors on Sundays from May, twelve at a time. Tickets will cost £9.")
            .Edition("fr", ("Dès le mois de mai, la cathédrale ouvrira sa tour aux visiteurs le dimanche, par groupes de douze. Le billet coûtera 9 livres.", "From the month of May, the cathedral will open its tower to the visitors the Sunday, by groups of twelve. The ticket will cost 9 books."))
            .Edition("es", ("El Minster abrirá su torre a los visitantes los domingos a partir de mayo, de doce en doce. La entrada costará 9 libras.", "The Minster will open his tower to the visitors the Sundays from May, of twelve in twelve. The entrance will cost 9 pounds."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Minster"];

        var findings = new NamedEntityDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr");

        Assert.Empty(findings);
    }
}
