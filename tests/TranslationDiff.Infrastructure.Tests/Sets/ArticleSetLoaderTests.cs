using TranslationDiff.Infrastructure.Sets;

namespace TranslationDiff.Infrastructure.Tests.Sets;

public sealed class ArticleSetLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("td-sets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ResolvesEditionFilesBesideTheManifest()
    {
        var folder = Write("tram", """{"name":"tram","title":"Tram","pivot":"EN","original":"es","editions":[{"language":"es","file":"es.html","url":"https://x.example/es"},{"language":"eng","file":"en.html"}]}""");

        var (set, problem) = new ArticleSetLoader().Load(folder);

        Assert.Null(problem);
        Assert.Equal("en", set!.Pivot);
        Assert.Equal("es", set.Original);
        Assert.Equal(Path.Combine(folder, "es.html"), set.Editions[0].Path);
        Assert.Equal("en", set.Editions[1].Language);
        Assert.Equal("https://x.example/es", set.Editions[0].Url);
    }

    [Fact]
    public void Load_ExplainsWhatIsWrong_WhenTheManifestIsBroken()
    {
        var folder = Write("bad", """{"name":"bad","editions":[""");

        var (set, problem) = new ArticleSetLoader().Load(folder);

        Assert.Null(set);
        Assert.Equal("input.bad-manifest", problem!.Code);
    }

    [Fact]
    public void Load_NamesTheMissingManifest()
    {
        var (_, problem) = new ArticleSetLoader().Load(Path.Combine(_root, "none"));

        Assert.Equal("input.set-not-found", problem!.Code);
        Assert.Contains("manifest.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindSets_ListsSubFoldersWithManifests_InNameOrder()
    {
        Write("b", """{"pivot":"en","editions":[{"language":"en","file":"en.txt"}]}""");
        Write("a", """{"pivot":"en","editions":[{"language":"en","file":"en.txt"}]}""");
        Directory.CreateDirectory(Path.Combine(_root, "not-a-set"));

        var sets = new ArticleSetLoader().FindSets(_root);

        Assert.Equal([Path.Combine(_root, "a"), Path.Combine(_root, "b")], sets);
    }

    private string Write(string name, string manifest)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest);
        return folder;
    }
}
