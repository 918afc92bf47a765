using System.Text.Json;

namespace TranslationDiff.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Compare_ExitsWithBadInput_WhenGivenNothing()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("compare");

        Assert.Equal(2, code);
        Assert.Contains("Nothing to compare", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_NamesTheMissingFile_AndExitsWithBadInput()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("compare", "fr=" + Path.Combine(_folder, "absent.html"), "en=" + Write("en.txt", "One.\nTwo."));

        Assert.Equal(2, code);
        Assert.Contains("fetch.not-found", stderr, StringComparison.Ordinal);
        Assert.Contains("absent.html", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ExplainsTheEditionSyntax_WhenAnArgumentHasNoLanguage()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("compare", "article.html");

        Assert.Equal(2, code);
        Assert.Contains("LANG=PATH_OR_URL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_RefusesAnEditionTheNoneEngineCannotTranslate()
    {
        var (code, _, stderr) = await CliRunner.RunAsync(
            "compare", "fr=" + Write("fr.txt", "Un paragraphe."), "en=" + Write("en.txt", "A paragraph."), "--translator", "none");

        Assert.Equal(2, code);
        Assert.Contains("translate.unsupported-pair", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WritesNamedReportInsideTheFolder_WhenOutIsAnExistingFolder()
    {
        var us = Write("en-us.txt", "The mayor opened the line on Saturday.\nIt has 14 stations.");
        var gb = Write("en-gb.txt", "The mayor opened the line on Saturday.\nIt has 41 stations.");
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;

        var (code, _, stderr) = await CliRunner.RunAsync("compare", "en-us=" + us, "en-gb=" + gb, "--translator", "none", "--original", "en-us", "--format", "json", "--out", folder);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "en-us+en-gb.json")));
        Assert.Equal("en-us+en-gb", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Compare_NamesTheReportFile_WhenItCannotBeWritten()
    {
        var us = Write("en-us.txt", "The mayor opened the line on Saturday.");
        var gb = Write("en-gb.txt", "The mayor opened the line on Sunday.");
        var blocker = Write("not-a-folder", "a file where a folder should be");

        var (code, _, stderr) = await CliRunner.RunAsync(
            "compare", "en-us=" + us, "en-gb=" + gb, "--translator", "none", "--original", "en-us", "--out", Path.Combine(blocker, "report.md"));

        Assert.Equal(2, code);
        Assert.Contains("could not write the en-us+en-gb report", stderr, StringComparison.Ordinal);
        Assert.Contains("kept in the results database", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WritesTheJsonReport_WhenEditionsAreInThePivotLanguage()
    {
        var us = Write("en-us.txt", "The mayor opened the line on Saturday.\nIt has 14 stations.\nIt cost 310 million euros.");
        var gb = Write("en-gb.txt", "The mayor opened the line on Saturday.\nIt has 41 stations.\nIt cost 310 million euros.");
        var output = Path.Combine(_folder, "report.json");

        var (code, _, stderr) = await CliRunner.RunAsync("compare", "en-us=" + us, "en-gb=" + gb, "--translator", "none", "--original", "en-us", "--out", output);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = json.RootElement;
        Assert.Equal("en-us", root.GetProperty("referenceLanguage").GetString());
        Assert.Equal(2, root.GetProperty("editions").GetArrayLength());
        Assert.Equal(3, root.GetProperty("groups").GetArrayLength());
        Assert.Contains(root.GetProperty("diffs").EnumerateArray().SelectMany(d => d.GetProperty("pieces").EnumerateArray()),
            p => p.GetProperty("op").GetString() == "insert" && p.GetProperty("text").GetString() == "41");
    }

    [Fact]
    public async Task Compare_RejectsAnUnknownFormat()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("compare", "--set", "seeds/korea-russia", "--format", "pdf");

        Assert.NotEqual(0, code);
        Assert.Contains("pdf", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
