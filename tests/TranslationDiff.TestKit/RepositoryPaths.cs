namespace TranslationDiff.TestKit;

/// <summary>Paths inside the repository the tests run from (found by walking up to TranslationDiff.sln).</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TranslationDiff.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TranslationDiff.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A path under seeds/, e.g. <c>Seeds("korea-russia", "en.html")</c>.</summary>
    public static string Seeds(params string[] parts) => Path.Combine([Root(), "seeds", .. parts]);
}
