using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The head of an institution's name written in lower case before the place it belongs to (« la universidad de
/// Aberdeen », "the university of Montpellier", « el parlament de Gal·les ») where another edition of the paragraph
/// writes the name with its capital (« Universitat d'Aberdeen », "University of Montpellier"): an engine that
/// lower-cased the name. English, Spanish and Catalan editions only: French writes « l'université de Montpellier »
/// in lower case by its own rules. The other edition's capitalised word must share its first four letters (folded)
/// with the head or with the head's English word, and come right before a link and the same place name.
/// </summary>
internal static partial class LowercasedInstitutions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>Heads of institutions' names, by language, each with its English word.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Heads = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["university"] = "university", ["parliament"] = "parliament", ["foundation"] = "foundation", ["federation"] = "federation",
            ["museum"] = "museum", ["academy"] = "academy", ["conservatory"] = "conservatory",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["universidad"] = "university", ["parlamento"] = "parliament", ["fundación"] = "foundation", ["federación"] = "federation",
            ["museo"] = "museum", ["academia"] = "academy", ["conservatorio"] = "conservatory", ["diputación"] = "diputación",
        },
        ["ca"] = new(StringComparer.Ordinal)
        {
            ["universitat"] = "university", ["parlament"] = "parliament", ["fundació"] = "foundation", ["federació"] = "federation",
            ["museu"] = "museum", ["acadèmia"] = "academy", ["conservatori"] = "conservatory", ["diputació"] = "diputación",
        },
    };

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts)
    {
        if (!Heads.TryGetValue(LanguageTag.Primary(edition.Language), out var heads) || counterparts.Count == 0)
        {
            yield break;
        }

        foreach (Match match in HeadBeforePlace().Matches(paragraph.Text))
        {
            var head = match.Groups["head"].Value;
            if (!heads.TryGetValue(head, out var english))
            {
                continue;
            }

            var place = match.Groups["place"].Value;
            var stems = new[] { Stem(head), Stem(english) };
            foreach (var counterpart in counterparts)
            {
                var name = new[] { counterpart.Text, counterpart.PivotText }
                    .Select(text => CapitalisedBeforePlace(text, place, stems))
                    .FirstOrDefault(n => n is not null);
                if (name is null)
                {
                    continue;
                }

                yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                    (CheckIds.LowercasedName, Categories.Spelling, Severity.Minor),
                    $"“{match.Value}” writes an institution's name in lower case; the {counterpart.Language} edition writes “{name}”.",
                    new Dictionary<string, string>(StringComparer.Ordinal) { [counterpart.Language] = name });
                break;
            }
        }
    }

    /// <summary>"University of Aberdeen" in a text: a capitalised word sharing a stem, not at a sentence start, a link, the place.</summary>
    private static string? CapitalisedBeforePlace(string text, string place, string[] stems)
    {
        foreach (Match m in Regex.Matches(text, $@"\b(?<head>\p{{Lu}}[\p{{L}}·]+) (?:of (?:the )?|de |del |dels |de la |de les |de los |de las |d['’]|de l['’])(?:the )?{Regex.Escape(place)}\b", RegexOptions.CultureInvariant, Timeout))
        {
            if (stems.Contains(Stem(m.Groups["head"].Value)) && !NameRuns.AtSentenceStart(text, m.Index))
            {
                return m.Value;
            }
        }

        return null;
    }

    private static string Stem(string word) => TextFold.Fold(word) is var f && f.Length > 4 ? f[..4] : TextFold.Fold(word);

    [GeneratedRegex(@"\b(?<head>\p{Ll}[\p{Ll}·]+) (?:of (?:the )?|de |del |dels |de la |de les |de los |de las |d['’]|de l['’])(?<place>\p{Lu}\p{Ll}+)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadBeforePlace();
}
