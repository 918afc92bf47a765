using System.Text;
using TranslationDiff.Core.Fetching;
using TranslationDiff.Core.Model;
using TranslationDiff.Infrastructure.Extraction;

namespace TranslationDiff.Infrastructure.Tests.Extraction;

public class ContentExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
          <meta charset="utf-8">
          <title>Le tramway arrive à Valmont | Le Courrier du Val</title>
          <link rel="canonical" href="https://www.courrier-du-val.example/ville/tramway-valmont">
          <link rel="alternate" hreflang="fr" href="https://www.courrier-du-val.example/ville/tramway-valmont">
          <link rel="alternate" hreflang="en" href="https://en.courrier-du-val.example/city/valmont-tram">
          <style>.ad{height:250px}</style>
          <script>window.dataLayer = [];</script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent"><p>Nous utilisons des cookies pour mesurer l’audience. Accepter ?</p></div>
          <header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/ville">Ville</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <main>
            <article>
              <h1>Le tramway arrive à Valmont</h1>
              <p class="byline">Par Claire Dumas, publié le 3 mars 2025</p>
              <p>Après quatre ans de travaux, la première ligne de tramway de Valmont a transporté ses premiers voyageurs samedi matin. Plus de 12 000 personnes ont fait le trajet d’essai gratuit entre la gare et le quartier des Tilleuls.</p>
              <p>« C’est une journée historique pour la ville », a déclaré la maire, Hélène Vasseur, en coupant le ruban devant la station Hôtel-de-Ville.</p>
              <h2>Un chantier de 310 millions d’euros</h2>
              <p>Le projet, financé à 40 % par la région, a connu deux ans de retard. Les commerçants du centre, privés de clients pendant les travaux, demandent encore des indemnités.</p>
              <div class="ad">Publicité</div>
              <p>La ligne compte 14 stations sur 9,5 kilomètres. Les rames passeront toutes les six minutes aux heures de pointe, de 5 h 30 à minuit.</p>
            </article>
            <aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Le budget de la ville adopté</a></li><li><a href="/b">Les pistes cyclables s’étendent</a></li></ul></aside>
          </main>
          <footer><p>© 2025 Le Courrier du Val. Tous droits réservés.</p><p><a href="/mentions">Mentions légales</a></p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Extract_FindsTitleParagraphsAndIntertitle_WithoutTheSiteChrome()
    {
        var article = Extract(Page).Article!;

        Assert.Equal("Le tramway arrive à Valmont", article.Title);
        var texts = article.Blocks.Select(b => b.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("Après quatre ans de travaux", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("« C’est une journée historique", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("La ligne compte 14 stations", StringComparison.Ordinal));
        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Un chantier de 310 millions d’euros");
        Assert.DoesNotContain(texts, t => t.Contains("cookies", StringComparison.Ordinal) || t.Contains("Accueil", StringComparison.Ordinal)
            || t.Contains("Tous droits", StringComparison.Ordinal) || t.Contains("À lire aussi", StringComparison.Ordinal)
            || t.Contains("budget de la ville", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeepsReadingOrder()
    {
        var texts = Extract(Page).Article!.Blocks.Select(b => b.Text).ToList();

        var first = texts.FindIndex(t => t.StartsWith("Après", StringComparison.Ordinal));
        var heading = texts.IndexOf("Un chantier de 310 millions d’euros");
        var last = texts.FindIndex(t => t.StartsWith("La ligne", StringComparison.Ordinal));
        Assert.True(first < heading && heading < last);
    }

    [Fact]
    public void Extract_ReadsLanguageAndAlternates()
    {
        var article = Extract(Page).Article!;

        Assert.Equal("fr", article.DeclaredLanguage);
        Assert.Contains(article.Alternates, a => a.Language == "en" && a.Href == "https://en.courrier-du-val.example/city/valmont-tram");
        Assert.Equal(2, article.Alternates.Count);
    }

    [Fact]
    public void Extract_KeepsNoBreakSpacesAndCollapsesLayoutWhiteSpace()
    {
        var html = "<html><body><article><p>Plus de 12\u00a0000\n      personnes «\u00a0ravies\u00a0».</p><p>Deuxième paragraphe assez long pour compter comme article, avec une phrase de plus.</p></article></body></html>";

        var texts = Extract(html).Article!.Blocks.Select(b => b.Text).ToList();

        Assert.Contains("Plus de 12\u00a0000 personnes «\u00a0ravies\u00a0».", texts);
    }

    [Fact]
    public void Extract_FailsWithAClearReason_WhenThePageHasNoText()
    {
        var result = Extract("<html><head><title>Vide</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>");

        Assert.False(result.Succeeded);
        Assert.Equal("extract.no-article", result.Problem!.Code);
        Assert.Contains("paste its text", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsPlainTextLineByLine_AndSpotsIntertitles()
    {
        var result = new ContentExtractor().Extract(Fetched("First paragraph, with a sentence.\n\nChina remains silent\nSecond paragraph ends here.\n", "text/plain"));

        var blocks = result.Article!.Blocks;
        Assert.Equal(3, blocks.Count);
        Assert.Equal(BlockKind.Heading, blocks[1].Kind);
        Assert.Equal(BlockKind.Paragraph, blocks[2].Kind);
        Assert.Equal("text", result.Article.Extractor);
    }

    [Fact]
    public void Extract_RefusesBinaryData()
    {
        var page = new FetchedPage { Location = "x.bin", FinalLocation = "x.bin", Content = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], MediaType = null };

        Assert.Equal("extract.not-text", new ContentExtractor().Extract(page).Problem!.Code);
    }

    private static Core.Extraction.ExtractionResult Extract(string html) =>
        new ContentExtractor().Extract(Fetched(html, "text/html"));

    private static FetchedPage Fetched(string content, string mediaType) => new()
    {
        Location = "page",
        FinalLocation = "page",
        Content = Encoding.UTF8.GetBytes(content),
        MediaType = mediaType,
    };
}
