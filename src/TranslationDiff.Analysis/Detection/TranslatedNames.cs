using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Names a translation rightly renders in its own language, which the kept-name check must not take for names
/// translated by mistake: the names of public bodies (« Tribunal Superior de Justicia de Aragón » is the "High
/// Court of Justice of Aragon" in English), the titles of works in quotation marks (« Noches en los jardines de
/// España » is « Nuits dans les jardins d'Espagne » in French), and a compound place name in its established form
/// in the edition's language (« Bouches-du-Rhône » is « Boques del Roine » in Catalan). The names of companies,
/// associations, publications and people are kept as they are and stay outside these rules.
/// </summary>
internal static partial class TranslatedNames
{
    /// <summary>Nouns that head the name of a court, a government body or an administration, by language (folded).</summary>
    private static readonly Dictionary<string, HashSet<string>> PublicBodies = new(StringComparer.Ordinal)
    {
        ["en"] = WordSet.Of("court courts tribunal council ministry department parliament assembly senate congress government agency commission ombudsman prosecutor directorate inspectorate deputation generalitat confederation govern parlament consello xunta"),
        ["es"] = WordSet.Of("tribunal juzgado audiencia ministerio consejeria ayuntamiento diputacion parlamento congreso senado gobierno fiscalia defensor consejo agencia comision departamento direccion delegacion cortes conselleria concello generalitat xunta junta confederacion govern parlament consello"),
        ["ca"] = WordSet.Of("tribunal jutjat audiencia ministeri conselleria ajuntament diputacio parlament congres senat govern fiscalia sindic sindicatura consell agencia comissio departament direccio delegacio generalitat concello xunta junta confederacio consello"),
        ["fr"] = WordSet.Of("tribunal cour conseil ministere prefecture mairie assemblee senat parlement gouvernement parquet agence commission direction defenseur generalitat confederation govern parlament consello xunta"),
        ["it"] = WordSet.Of("tribunale corte ministero consiglio comune regione parlamento senato governo procura agenzia commissione"),
        ["pt"] = WordSet.Of("tribunal ministerio conselho camara assembleia senado governo agencia comissao"),
    };

    /// <summary>Whether the run names a public body in its language: one of its words is a court's, a ministry's or a council's noun.</summary>
    public static bool IsPublicBody(string run, string language) =>
        PublicBodies.TryGetValue(LanguageTag.Primary(language), out var nouns)
        && WordTokenizer.Tokenize(run).Any(w => TextFold.IsCapitalised(w.Text) && nouns.Contains(WithoutPossessive(TextFold.Fold(w.Text))));

    /// <summary>
    /// Whether every place the name's run has in the text lies inside a quoted title: a quotation of at most ten words,
    /// starting with a capital, with no sentence punctuation inside (« Noches en los jardines de España »).
    /// </summary>
    public static bool InQuotedTitle(string text, string run)
    {
        var titles = Quotation().Matches(text).Select(m => m.Groups["inner"]).Where(IsTitle).ToList();
        var found = false;
        for (var at = text.IndexOf(run, StringComparison.Ordinal); at >= 0; at = text.IndexOf(run, at + 1, StringComparison.Ordinal))
        {
            if (!titles.Any(t => t.Index <= at && at + run.Length <= t.Index + t.Length))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>Whether the text quotes a title of its own (a quotation as <see cref="InQuotedTitle"/> reads them).</summary>
    public static bool HasQuotedTitle(string text) => Quotation().Matches(text).Any(m => IsTitle(m.Groups["inner"]));

    /// <summary>
    /// Whether a hyphenated place name (« Bouches-du-Rhône ») has its head word, its last part, in the edition's own
    /// pivot text but not in its text: the edition writes the place in its own language's form (« Boques del
    /// Roine »), which its engine reads back as the name's head (« Rhône »).
    /// </summary>
    public static bool CompoundExonym(string name, IReadOnlySet<string> editionWords, IReadOnlySet<string> editionPivotWords)
    {
        var parts = name.Split('-');
        var head = parts[^1];
        return parts.Length >= 2 && head.Length >= 4 && TextFold.IsCapitalised(head)
            && editionPivotWords.Contains(head) && !editionWords.Contains(head);
    }

    /// <summary>A word without an English possessive ending ("government's" is "government").</summary>
    public static string WithoutPossessive(string folded) =>
        folded.EndsWith("'s", StringComparison.Ordinal) || folded.EndsWith("’s", StringComparison.Ordinal) ? folded[..^2] : folded;

    private static bool IsTitle(Group inner)
    {
        var text = inner.Value.Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && text.IndexOfAny(['.', '!', '?', ';', ':']) < 0 && WordTokenizer.Tokenize(text).Count <= 10;
    }


    [GeneratedRegex(@"«\s*(?<inner>[^«»]+?)\s*»|“(?<inner>[^“”]+)”|""(?<inner>[^""]+)""")]
    private static partial Regex Quotation();
}
