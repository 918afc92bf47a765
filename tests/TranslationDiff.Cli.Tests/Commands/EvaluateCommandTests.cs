namespace TranslationDiff.Cli.Tests.Commands;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Evaluate_ScoresEachPartApart_BeforeThePooledTable()
    {
        WriteCase("written/doubled", "The the mayor opened the line.", "The the");
        WriteCase("heldout/clean", "The mayor opened the line.", null);

        var (code, stdout, stderr) = await CliRunner.RunAsync("evaluate", "--corpus", _folder);

        Assert.True(code == 0, stderr);
        Assert.Contains("written:", stdout, StringComparison.Ordinal);
        Assert.Contains("heldout:", stdout, StringComparison.Ordinal);
        Assert.Contains("pooled:", stdout, StringComparison.Ordinal);
        var written = stdout.Split('\n').Single(l => l.StartsWith("written:", StringComparison.Ordinal));
        Assert.Contains("labels    1  found    1", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ExitsWithBadInput_WhenTheCorpusFolderIsMissing()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("evaluate", "--corpus", Path.Combine(_folder, "absent"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private void WriteCase(string name, string english, string? doubled)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var artifacts = doubled is null ? "[]" : $$"""[ { "language": "en", "paragraph": 0, "text": "{{doubled}}", "check": "doubled-word", "note": "doubled" } ]""";
        File.WriteAllText(Path.Combine(folder, "case.json"), $$"""
            {
              "name": "{{name.Replace('/', '-')}}", "pivot": "en", "reference": "fr", "original": "fr",
              "editions": [
                { "language": "fr", "paragraphs": [ { "text": "Le maire a inauguré la ligne.", "pivot": "The mayor opened the line." } ] },
                { "language": "en", "paragraphs": [ { "text": "{{english}}" } ] }
              ],
              "artifacts": {{artifacts}}
            }
            """);
    }
}
