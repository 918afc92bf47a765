using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Sets;

/// <summary>Reads article-set manifests.</summary>
public interface IArticleSetLoader
{
    /// <summary>The set in <paramref name="path"/> (a folder with manifest.json, or the manifest itself).</summary>
    (ArticleSet? Set, Problem? Problem) Load(string path);

    /// <summary>The sets in the sub-folders of <paramref name="folder"/>, in name order.</summary>
    IReadOnlyList<string> FindSets(string folder);
}
