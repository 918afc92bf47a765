using System.Text.Json;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Sets;

namespace TranslationDiff.Infrastructure.Sets;

/// <summary>
/// Reads <c>manifest.json</c>: <c>{"name","title","pivot","original","notes","editions":[{"language","file","url"}]}</c>.
/// </summary>
internal sealed class ArticleSetLoader : IArticleSetLoader
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public (ArticleSet? Set, Problem? Problem) Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var manifest = Directory.Exists(path) ? Path.Combine(path, ManifestName) : path;
        if (!File.Exists(manifest))
        {
            return (null, Fail("input.set-not-found", $"No {ManifestName} at '{Path.GetFullPath(manifest)}'. Give a folder holding a {ManifestName}, e.g. seeds/korea-russia.", path));
        }

        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(manifest), Json);
        }
        catch (JsonException ex)
        {
            return (null, Fail("input.bad-manifest", $"The manifest is not valid JSON: {ex.Message}", manifest));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        if (document?.Editions is not { Count: > 0 } editions || string.IsNullOrWhiteSpace(document.Pivot))
        {
            return (null, Fail("input.bad-manifest", "The manifest needs \"pivot\" and a non-empty \"editions\" list.", manifest));
        }

        var missing = editions.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Language) || string.IsNullOrWhiteSpace(e.File));
        if (missing is not null)
        {
            return (null, Fail("input.bad-manifest", "Every edition needs \"language\" and \"file\".", manifest));
        }

        return (new ArticleSet
        {
            Name = string.IsNullOrWhiteSpace(document.Name) ? Path.GetFileName(folder) : document.Name,
            Title = document.Title ?? string.Empty,
            Pivot = LanguageTag.Normalize(document.Pivot),
            Original = string.IsNullOrWhiteSpace(document.Original) ? null : LanguageTag.Normalize(document.Original),
            Notes = document.Notes ?? string.Empty,
            Directory = folder,
            Editions = editions
                .Select(e => new ArticleSetEdition(LanguageTag.Normalize(e.Language!), Path.GetFullPath(Path.Combine(folder, e.File!)), e.Url))
                .ToList(),
        }, null);
    }

    public IReadOnlyList<string> FindSets(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, ManifestName)))
                .Order(StringComparer.Ordinal)
                .ToList();

    private static Problem Fail(string code, string message, string subject) => new("input", code, message, subject);

    private sealed class ManifestDocument
    {
        public string? Name { get; set; }

        public string? Title { get; set; }

        public string? Pivot { get; set; }

        public string? Original { get; set; }

        public string? Notes { get; set; }

        public List<ManifestEdition>? Editions { get; set; }
    }

    private sealed class ManifestEdition
    {
        public string? Language { get; set; }

        public string? File { get; set; }

        public string? Url { get; set; }
    }
}
