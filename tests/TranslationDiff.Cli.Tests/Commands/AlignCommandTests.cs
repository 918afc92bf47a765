namespace TranslationDiff.Cli.Tests.Commands;

/// <summary>The <c>align</c> command run as a user runs it, on small hand-written files.</summary>
public sealed class AlignCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-align-").FullName;

    [Fact]
    public async Task Align_WritesOneBeadPerLine_WhenOutputIsGiven()
    {
        var (source, target, translation) = WriteInputs();
        var output = Path.Combine(_folder, "out.align");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", translation, "--output", output);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"], await File.ReadAllLinesAsync(output));
    }

    [Fact]
    public async Task Align_PrintsTheBeads_WhenNoOutputIsGiven()
    {
        var (source, target, translation) = WriteInputs();

        var (exitCode, stdout, _) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", translation);

        Assert.Equal(0, exitCode);
        Assert.Equal(["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Align_ExitsTwo_WhenTheTranslationHasAnotherNumberOfLines()
    {
        var (source, target, _) = WriteInputs();
        var shortTranslation = Write("short.txt", "Only one line.");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", shortTranslation);

        Assert.Equal(2, exitCode);
        Assert.Contains("--source-translation has 1 lines but --source has 3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Align_ExitsTwo_WhenAFileIsMissing()
    {
        var (_, target, translation) = WriteInputs();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("align", "--source", Path.Combine(_folder, "missing.txt"), "--target", target, "--source-translation", translation);

        Assert.Equal(2, exitCode);
        Assert.Contains("--source file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Align_ExitsTwo_WhenTheDictionaryIsMissing()
    {
        var (source, target, translation) = WriteInputs();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", translation, "--dictionary", Path.Combine(_folder, "missing.index"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--dictionary file", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Align_ExitsTwo_WhenTheDictionaryCannotBeRead(bool textFileMissing)
    {
        var (source, target, translation) = WriteInputs();
        var index = Write("broken.index", textFileMissing ? "sturm\tA\tQ" : "this is no dictd index");
        if (!textFileMissing)
        {
            Write("broken.dict", "nothing here");
        }

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", translation, "--dictionary", index);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains(textFileMissing ? "could not be read" : "holds no entry", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Align_UsesADictionary_WhenOneIsGiven()
    {
        var (source, target, translation) = WriteInputs();
        var entry = "Sturm /ʃtʊʁm/ <n, masc>\nstorm\nstarker Wind\n";
        Write("de-en.dict", entry);
        var index = Write("de-en.index", "sturm\tA\t" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[System.Text.Encoding.UTF8.GetByteCount(entry)]);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("align", "--source", source, "--target", target, "--source-translation", translation, "--dictionary", index);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A three-sentence story; the target tells the middle sentence in two.</summary>
    private (string Source, string Target, string Translation) WriteInputs()
    {
        var source = Write("source.txt", "Der Sturm traf die Küste am Montag.", "Die Fähre nach Lindholm fiel aus, und zweihundert Reisende warteten im Hafen.", "Am Abend ließ der Wind nach.");
        var translation = Write("translation.txt", "The storm hit the coast on Monday.", "The ferry to Lindholm was cancelled and two hundred travellers waited in the harbour.", "In the evening the wind eased.");
        var target = Write("target.txt", "The storm hit the coast on Monday.", "The ferry to Lindholm was cancelled.", "Two hundred travellers waited in the harbour.", "The wind eased in the evening.");
        return (source, target, translation);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
