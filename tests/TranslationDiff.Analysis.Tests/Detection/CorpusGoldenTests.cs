using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Detection.Evaluation;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Golden files: each case folder under Detection/Corpus (seeds/, written/ and blind/) holds case.json (editions and labelled artifacts) and
/// expected.txt (the findings of every check, one a line). Set TRANSLATIONDIFF_UPDATE_GOLDEN=1 to rewrite
/// the expectations after an intended change, then review the diff.
/// </summary>
public class CorpusGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFolder(), "case.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CorpusFolder(), Path.GetDirectoryName(file)!).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_MatchesExpectedFindings_ForCorpusCase(string name)
    {
        var folder = Path.Combine(CorpusFolder(), name);
        var corpusCase = CorpusEvaluator.Parse(File.ReadAllText(Path.Combine(folder, "case.json")));
        var actual = Render(CorpusEvaluator.Run(corpusCase, new DetectionOptions()));
        var expectedPath = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("TRANSLATIONDIFF_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with TRANSLATIONDIFF_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_PlacesEveryLabel_ForCorpusCase(string name)
    {
        var corpusCase = CorpusEvaluator.Parse(File.ReadAllText(Path.Combine(CorpusFolder(), name, "case.json")));

        var result = CorpusEvaluator.Evaluate([corpusCase], new DetectionOptions { Disabled = CheckIds.All.ToList() });

        Assert.Empty(result.Problems);
    }

    internal static string Render(IEnumerable<Finding> findings)
    {
        var s = new StringBuilder();
        foreach (var f in findings)
        {
            s.Append(CultureInfo.InvariantCulture, $"{f.Language} p{f.Paragraph} {f.Start}+{f.Length} {f.Check} {f.Category} {f.Severity} pivot {f.PivotStart}+{f.PivotLength} «{f.Text}»\n");
            s.Append(CultureInfo.InvariantCulture, $"    {f.Message}\n");
        }

        return s.ToString();
    }

    internal static string CorpusFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Corpus");
}
