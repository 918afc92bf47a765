using System.Text.Json;

namespace TranslationDiff.Cli.Tests.Commands;

/// <summary>An editor dismisses a finding; the next run on the same results database leaves it out.</summary>
public sealed class DismissCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-dismiss-").FullName;

    private string Database => Path.Combine(_folder, "results.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Dismiss_LeavesTheFindingOutOfLaterRuns_UntilRestored()
    {
        var first = await CompareAsync("first.json");
        var doubled = first.Single(f => f.Check == "doubled-word");

        var dismissed = await CliRunner.RunWithDatabaseAsync(Database, "dismiss", "#" + doubled.Fingerprint, "--reason", "quoted as spoken", "--by", "editor");
        var second = await CompareAsync("second.json");
        var listed = await CliRunner.RunWithDatabaseAsync(Database, "dismiss", "--list");
        var restored = await CliRunner.RunWithDatabaseAsync(Database, "dismiss", "--restore", doubled.Fingerprint);
        var third = await CompareAsync("third.json");

        Assert.True(dismissed.ExitCode == 0, dismissed.Stderr);
        Assert.Contains("dismissed (doubled-word, en-gb", dismissed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(second, f => f.Fingerprint == doubled.Fingerprint);
        Assert.Equal(first.Count - 1, second.Count);
        Assert.Equal(1, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "second.json"))).RootElement.GetProperty("dismissedFindings").GetInt32());
        Assert.Contains($"{doubled.Fingerprint}\t", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("quoted as spoken\teditor", listed.Stdout, StringComparison.Ordinal);
        Assert.True(restored.ExitCode == 0, restored.Stderr);
        Assert.Contains(third, f => f.Fingerprint == doubled.Fingerprint);
    }

    [Fact]
    public async Task Dismiss_ExitsWithBadInput_WhenNoStoredRunHasTheId()
    {
        var (code, _, stderr) = await CliRunner.RunWithDatabaseAsync(Database, "dismiss", "0123456789abcdef01234567");

        Assert.Equal(2, code);
        Assert.Contains("no stored run has a finding with id 0123456789abcdef01234567", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_AsksForIds_WhenGivenNone()
    {
        var (code, _, stderr) = await CliRunner.RunWithDatabaseAsync(Database, "dismiss");

        Assert.Equal(2, code);
        Assert.Contains("give the ids", stderr, StringComparison.Ordinal);
    }

    private async Task<List<(string Check, string Fingerprint)>> CompareAsync(string reportName)
    {
        var us = Write("en-us.txt", "Tram line opens\nThe mayor opened the line on Saturday.\nIt has 14 stations and cost 310 million euros.");
        var gb = Write("en-gb.txt", "Tram line opens\nThe mayor opened the the line on Saturday.\nIt has 14 stations and cost 310 million euros.");
        var output = Path.Combine(_folder, reportName);
        var (code, _, stderr) = await CliRunner.RunWithDatabaseAsync(Database, "compare", "en-us=" + us, "en-gb=" + gb, "--translator", "none", "--original", "en-us", "--out", output);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("check").GetString()!, f.GetProperty("fingerprint").GetString()!)).ToList();
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
