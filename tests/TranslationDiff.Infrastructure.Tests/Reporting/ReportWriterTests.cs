using System.Text;
using System.Text.Json;
using TranslationDiff.Core.Reporting;
using TranslationDiff.Infrastructure.Reporting;
using TranslationDiff.TestKit.Builders;

namespace TranslationDiff.Infrastructure.Tests.Reporting;

public class ReportWriterTests
{
    [Fact]
    public async Task JsonWriter_WritesTheDocumentedSchema()
    {
        using var json = JsonDocument.Parse(await Write(new JsonReportWriter(), ReportBuilder.TwoEditions()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var edition = root.GetProperty("editions")[1];
        Assert.Equal("en", edition.GetProperty("language").GetString());
        Assert.Equal("en.html", edition.GetProperty("url").GetString());
        var paragraph = edition.GetProperty("paragraphs")[0];
        Assert.Equal(0, paragraph.GetProperty("index").GetInt32());
        Assert.StartsWith("the head of the war", paragraph.GetProperty("pivotText").GetString(), StringComparison.Ordinal);
        var group = root.GetProperty("groups")[0];
        Assert.Equal("1-1", group.GetProperty("kind").GetString());
        Assert.Equal(0, group.GetProperty("members").GetProperty("fr")[0].GetInt32());
        var piece = root.GetProperty("diffs")[0].GetProperty("pieces")[0];
        Assert.Equal("delete", piece.GetProperty("op").GetString());
        var finding = root.GetProperty("findings")[0];
        foreach (var name in new[] { "check", "category", "severity", "language", "paragraph", "start", "length", "text", "pivotStart", "pivotLength", "message", "evidence", "attribution", "fingerprint" })
        {
            Assert.True(finding.TryGetProperty(name, out _), $"findings[] lacks '{name}'");
        }

        Assert.Equal("major", finding.GetProperty("severity").GetString());
        Assert.Equal("a déclaré le chef de l’État, Yoon Suk Yeol.", finding.GetProperty("evidence").GetProperty("fr").GetString());
        Assert.Equal("edition", finding.GetProperty("attribution").GetString());
        var quality = root.GetProperty("quality")[0];
        Assert.Equal("en", quality.GetProperty("language").GetString());
        Assert.Equal(500, quality.GetProperty("penaltyPerThousandWords").GetDouble());
        Assert.Equal(1, quality.GetProperty("major").GetInt32());
        Assert.Equal(0, root.GetProperty("dismissedFindings").GetInt32());
    }

    [Fact]
    public async Task Writers_ShowTheQualityRankingDismissalsAndEngineArtifacts()
    {
        var report = ReportBuilder.TwoEditions();
        report.Findings[0].Attribution = Core.Model.FindingAttribution.Engine;
        var withDismissals = new Core.Pipeline.ComparisonReport
        {
            Name = report.Name, PivotLanguage = report.PivotLanguage, ReferenceLanguage = report.ReferenceLanguage, Translator = report.Translator,
            Editions = report.Editions, Groups = report.Groups, Diffs = report.Diffs, Findings = report.Findings, Quality = report.Quality,
            DismissedFindings = 3,
        };

        var md = await Write(new MarkdownReportWriter(), withDismissals);
        var html = await Write(new HtmlReportWriter(), withDismissals);

        Assert.Contains("| en | 10 | 0 | 1 | 0 | 500 | 50 |", md, StringComparison.Ordinal);
        Assert.Contains("3 finding(s) dismissed", md, StringComparison.Ordinal);
        Assert.Contains("*(likely engine artifact)* `#5a3f0c9e2b7d4e1f8a6c0b9d`", md, StringComparison.Ordinal);
        Assert.Contains("<td>en</td><td>10</td><td>0</td><td>1</td><td>0</td><td>500</td><td>50</td>", html, StringComparison.Ordinal);
        Assert.Contains("likely engine artifact", html, StringComparison.Ordinal);
        Assert.Contains("3 finding(s) dismissed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlWriter_EncodesEveryText()
    {
        var html = await Write(new HtmlReportWriter(), ReportBuilder.TwoEditions("<script>alert(1)</script> & more"));

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("<del>said </del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownWriter_KeepsFetchedMarkupAsText()
    {
        var md = await Write(new MarkdownReportWriter(), ReportBuilder.TwoEditions("<img src=x onerror=alert(1)> | cell"));

        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; \\| cell", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownWriter_ListsFindingsWithEvidence()
    {
        var md = await Write(new MarkdownReportWriter(), ReportBuilder.TwoEditions());

        Assert.Contains("## Findings (1)", md, StringComparison.Ordinal);
        Assert.Contains("**major** `broken-sentence` ¶0", md, StringComparison.Ordinal);
        Assert.Contains("  - fr: “a déclaré le chef de l’État, Yoon Suk Yeol.”", md, StringComparison.Ordinal);
        Assert.Contains("| g1 | 1-1 | 0.61 | 0 | 0 |", md, StringComparison.Ordinal);
    }

    private static async Task<string> Write(IReportWriter writer, Core.Pipeline.ComparisonReport report)
    {
        using var stream = new MemoryStream();
        await writer.WriteAsync(report, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
