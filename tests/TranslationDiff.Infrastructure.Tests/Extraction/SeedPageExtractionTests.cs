using TranslationDiff.Core.Fetching;
using TranslationDiff.Core.Model;
using TranslationDiff.Infrastructure.Extraction;

namespace TranslationDiff.Infrastructure.Tests.Extraction;

/// <summary>The demo pages in seeds/ are realistic saved pages; extraction must find exactly their article text.</summary>
public class SeedPageExtractionTests
{
    [Fact]
    public void Extract_GivesTheSeedArticleLineForLine_FromTheEnglishPage()
    {
        var seedLines = File.ReadAllText(Seeds("000_667753ba445d650f.txt")).Split('\n').Where(l => l.Length > 0).ToList();

        var article = Extract(Seeds("korea-russia", "en.html"));

        Assert.Equal(seedLines, article.Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, article.Blocks[3].Kind);
        Assert.Equal(BlockKind.Heading, article.Blocks[6].Kind);
        Assert.Equal("en", article.DeclaredLanguage);
        Assert.Contains(article.Alternates, a => a.Language == "fr");
    }

    [Fact]
    public void Extract_DecodesTheWindows1252FrenchPage()
    {
        var article = Extract(Seeds("korea-russia", "fr.html"));

        Assert.Equal("windows-1252", article.Encoding);
        Assert.Equal(10, article.Blocks.Count);
        Assert.Contains(article.Blocks, b => b.Text.Contains("chef de l’État, Yoon Suk Yeol", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("korea-russia", "es", 9)]
    [InlineData("almedrales-tram", "es", 9)]
    [InlineData("almedrales-tram", "en", 10)]
    [InlineData("almedrales-tram", "fr", 8)]
    [InlineData("baume-rousse-fire", "fr", 9)]
    [InlineData("baume-rousse-fire", "en", 8)]
    [InlineData("baume-rousse-fire", "es", 10)]
    public void Extract_FindsEveryArticleBlockAndNothingElse_OnEachDemoPage(string set, string language, int blocks)
    {
        var article = Extract(Seeds(set, language + ".html"));

        Assert.Equal(blocks, article.Blocks.Count);
        Assert.False(string.IsNullOrWhiteSpace(article.Title));
    }

    internal static string Seeds(params string[] parts) => TestKit.RepositoryPaths.Seeds(parts);

    private static Core.Extraction.ExtractedArticle Extract(string path)
    {
        var page = new FetchedPage { Location = path, FinalLocation = path, Content = File.ReadAllBytes(path), MediaType = "text/html" };
        var result = new ContentExtractor().Extract(page);
        Assert.True(result.Succeeded, result.Problem?.ToString());
        return result.Article!;
    }
}
