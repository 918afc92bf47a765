using System.Xml.Linq;

namespace TranslationDiff.Core.Tests.Architecture;

/// <summary>
/// Arrows point inward: Web/Cli -> Jobs, Infrastructure, Analysis -> Core. Checked on the project files
/// (what a project may reference) and on the compiled assemblies (what it really uses).
/// </summary>
public class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["TranslationDiff.Core"] = [],
        ["TranslationDiff.Analysis"] = ["TranslationDiff.Core"],
        ["TranslationDiff.Infrastructure"] = ["TranslationDiff.Core"],
        ["TranslationDiff.Jobs"] = ["TranslationDiff.Core"],
        ["TranslationDiff.Cli"] = ["TranslationDiff.Core", "TranslationDiff.Analysis", "TranslationDiff.Infrastructure", "TranslationDiff.Jobs"],
        ["TranslationDiff.Web"] = ["TranslationDiff.Core", "TranslationDiff.Analysis", "TranslationDiff.Infrastructure", "TranslationDiff.Jobs"],
    };

    private static readonly string[] ForbiddenInCore =
        ["Microsoft.AspNetCore", "Hangfire", "Microsoft.EntityFrameworkCore", "Npgsql", "System.Net.Http", "AngleSharp", "SmartReader", "DiffPlex"];

    public static TheoryData<string> Projects => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectFile_ReferencesOnlyInwardProjects(string project)
    {
        var file = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();

        var forbidden = references.Except(Allowed[project]).ToList();

        Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)} against the dependency direction.");
    }

    [Fact]
    public void CoreAssembly_UsesNoHttpDatabaseJobOrWebLibrary()
    {
        var used = typeof(Core.Pipeline.ComparisonPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var bad = used.Where(u => ForbiddenInCore.Any(f => u.StartsWith(f, StringComparison.Ordinal))
            || (u.StartsWith("TranslationDiff.", StringComparison.Ordinal) && u != "TranslationDiff.Core")).ToList();

        Assert.True(bad.Count == 0, "Core uses " + string.Join(", ", bad));
    }

    [Fact]
    public void CorePackages_AreOnlyMicrosoftExtensionsAbstractions()
    {
        var file = Path.Combine(RepositoryRoot(), "src", "TranslationDiff.Core", "TranslationDiff.Core.csproj");
        var packages = XDocument.Load(file).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();

        Assert.All(packages, p => Assert.StartsWith("Microsoft.Extensions.", p, StringComparison.Ordinal));
    }

    internal static string RepositoryRoot() => TestKit.RepositoryPaths.Root();
}
