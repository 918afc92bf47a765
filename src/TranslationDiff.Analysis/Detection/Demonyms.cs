using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Demonyms and nationality adjectives of the Romance languages, which write them in lower case (« los nanteses »,
/// « els barcelonins », « les élus nantais ») where English capitalises them ("Nantes residents", "Argentinian").
/// Recognised by their endings, and only as a word derived from a name, never as the name itself.
/// </summary>
internal static class Demonyms
{
    private static readonly Dictionary<string, string[]> Endings = new(StringComparer.Ordinal)
    {
        ["es"] = ["es", "esa", "eses", "esas", "ense", "enses", "ano", "ana", "anos", "anas", "ino", "ina", "inos", "inas", "eno", "ena", "enos", "enas", "i", "ies", "ita", "itas", "ol", "ola", "oles", "olas"],
        ["ca"] = ["es", "esa", "esos", "eses", "enc", "enca", "encs", "enques", "a", "ana", "ans", "anes", "i", "ina", "ins", "ines", "ia", "iana", "ians", "ianes", "ol", "ola", "ols", "oles"],
        ["fr"] = ["ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines", "in", "ine", "ins", "ines", "ol", "ole", "ols", "oles"],
        ["pt"] = ["es", "esa", "eses", "esas", "ense", "enses", "ano", "ana", "anos", "anas", "ino", "ina", "inos", "inas"],
        ["it"] = ["ese", "esi", "ano", "ana", "ani", "ane", "ino", "ina", "ini", "ine"],
    };

    /// <summary>Peoples and languages the Romance languages write in lower case with English's spelling.</summary>
    private static readonly HashSet<string> SpelledAsInEnglish = new(
        ["scots", "basque", "basques", "breton", "bretons", "catalan", "catalans", "occitan", "occitans", "romani"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the lower-case word is a people or a language that a Romance language writes in lower case with English's
    /// spelling (« en scots d'Ulster », « le breton »): the language's own word, not the name written in lower case.
    /// </summary>
    public static bool IsLowerCaseLanguageName(string language, string word) =>
        Endings.ContainsKey(LanguageTag.Primary(language)) && SpelledAsInEnglish.Contains(TextFold.Fold(word));

    /// <summary>
    /// Whether the lower-case <paramref name="word"/> of a language that writes demonyms in lower case is a demonym
    /// or nationality adjective derived from <paramref name="name"/> (« nanteses » from "Nantes" or "Nantais",
    /// « argentinos » from "Argentine"): it differs from the name and ends like a demonym of its language.
    /// </summary>
    public static bool IsLowerCaseDemonym(string language, string word, string name)
    {
        if (!Endings.TryGetValue(language, out var endings))
        {
            return false;
        }

        var folded = TextFold.Fold(word);
        if (folded == TextFold.Fold(name))
        {
            return false;
        }

        return endings.Any(e => folded.Length >= e.Length + 3 && folded.EndsWith(e, StringComparison.Ordinal));
    }
}
