using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Cli.Tests.Golden;

/// <summary>
/// The whole pipeline on the demo set seeds/korea-russia, wired as the CLI wires it, through the real
/// Apertium engine (French reaches English through Spanish). The findings and the alignment are compared
/// with golden files; set TRANSLATIONDIFF_UPDATE_GOLDEN=1 to rewrite them after an intended change, and
/// review the diff.
/// </summary>
public sealed class DemoPipelineGoldenTests(DemoPipelineFixture demo) : IClassFixture<DemoPipelineFixture>
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ComparisonReport Report => demo.Report;

    [Fact]
    public void Pipeline_FindsTheGarbledSentenceAroundYoonSukYeol_InTheEnglishEdition()
    {
        Assert.Contains(Report.Findings, f => f.Language == "en"
            && f.Text.Contains("the head of the war said. Yoon Suk Yeol State.", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_TranslatesFrenchThroughSpanish_AndAgainThroughCatalan_WithOneEngineCallPerHop()
    {
        var fr = Report.Editions.Single(e => e.Language == "fr");
        var es = Report.Editions.Single(e => e.Language == "es");
        Assert.Equal("apertium:fr>es>en", fr.TranslationRoute);
        Assert.Equal("apertium:es>en", es.TranslationRoute);
        Assert.Equal("identity", Report.Editions.Single(e => e.Language == "en").TranslationRoute);
        Assert.Equal("apertium:fr>ca>en", fr.SecondRoute);
        Assert.Equal("apertium:es>ca>en", es.SecondRoute);
        Assert.All(fr.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.SecondPivotText)));
        Assert.Equal(3 + 4, Report.Statistics.EngineCalls);
    }

    [Fact]
    public void Pipeline_AttributesEveryFinding_AndRanksTheEnglishEditionWorst()
    {
        Assert.All(Report.Findings, f => Assert.NotNull(f.Attribution));
        Assert.All(Report.Findings, f => Assert.Matches("^[0-9a-f]{24}$", f.Fingerprint));
        Assert.Equal("en", Report.Quality[0].Language);
        Assert.True(Report.Quality[0].PenaltyPerThousandWords > Report.Quality[1].PenaltyPerThousandWords);
    }

    [Fact]
    public void Pipeline_SpansPointAtTheFlaggedText()
    {
        foreach (var finding in Report.Findings.Where(f => f.Paragraph >= 0 && f.Length > 0))
        {
            var paragraph = Report.Editions.Single(e => e.Language == finding.Language).Paragraphs[finding.Paragraph];
            Assert.Equal(finding.Text, paragraph.Text.Substring(finding.Start, finding.Length));
        }
    }

    [Fact]
    public void Pipeline_MatchesTheGoldenFindings() =>
        AssertGolden("findings.json", Report.Findings.Select(f => new { f.Check, f.Language, f.Paragraph, f.Text, Severity = f.Severity.ToString().ToLowerInvariant(), f.Attribution }));

    [Fact]
    public void Pipeline_MatchesTheGoldenAlignment() =>
        AssertGolden("groups.json", Report.Groups.Select(g => new { g.Id, g.Kind, Members = g.Members.ToDictionary(m => m.Key, m => string.Join(",", m.Value)), g.Shapes }));

    private static void AssertGolden(string name, object actual)
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "tests", "TranslationDiff.Cli.Tests", "Golden", "korea-russia", name);
        var text = JsonSerializer.Serialize(actual, Json).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("TRANSLATIONDIFF_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run with TRANSLATIONDIFF_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), text);
    }
}
