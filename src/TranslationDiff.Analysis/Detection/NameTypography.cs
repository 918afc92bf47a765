using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Where a language's typography writes part of a name in lower case that another language capitalises: French,
/// Spanish and Catalan keep the generic noun of a street, square or natural feature in lower case (« place des
/// Arts », « plaça de les Arts », « calle de Alcalá »), and French capitalises only the first word of an
/// institution's name (« Théâtre national de Catalogne », « Assemblée nationale ») and writes a generic institution
/// noun and its adjective in lower case (« le conseil comarcal »), and the three languages write the compass points, a
/// disease and the judiciary in lower case (« al nord », « la covid », « la justice »). Such a word is not a name
/// written in lower case.
/// </summary>
internal static partial class NameTypography
{
    private static readonly Dictionary<string, HashSet<string>> Generics = new(StringComparer.Ordinal)
    {
        ["fr"] = WordSet.Of("sierra place rue avenue boulevard quai pont parc jardin jardins square allée impasse chemin route cours esplanade port gare lac mont monts massif golfe mer île îles cap col vallée baie canal étang forêt rivière plaine plateau pointe"),
        ["es"] = WordSet.Of("región provincia departamento comarca plaza calle avenida paseo puente parque jardín jardines lago monte montes golfo mar isla islas cabo río puerto sierra valle bahía canal estación carretera camino glorieta ronda rambla playa cordillera"),
        ["ca"] = WordSet.Of("regió província departament comarca plaça carrer avinguda passeig pont parc jardí jardins llac mont muntanya golf mar illa illes cap riu port serra vall badia canal estació carretera camí rambla ronda platja"),
    };

    /// <summary>Whether the word is the generic noun of a street, square, park or natural feature in the language (« parc », « plaça », « calle »).</summary>
    public static bool IsPlaceGeneric(string language, string word) =>
        Generics.TryGetValue(language.Split('-')[0], out var generics) && generics.Contains(word.ToLowerInvariant());

    /// <summary>Whether the lower-case <paramref name="word"/> at <paramref name="start"/> is lower case by the language's convention for names.</summary>
    public static bool LowerByConvention(string language, string text, int start, string word)
    {
        var primary = language.Split('-')[0];
        return (Generics.TryGetValue(primary, out var generics) && generics.Contains(word))
            || (primary is "fr" or "es" or "ca" && LowerNouns.Contains(word))
            || (primary == "fr" && FrenchAdjective().IsMatch(word) && (AfterNameHead(text, start) || AfterInstitutionNoun(text, start, FrenchInstitutions)))
            || (primary is "fr" or "es" or "ca" && Portfolio().IsMatch(text[Math.Max(0, start - 40)..start]));
    }

    /// <summary>
    /// Whether the lower-case <paramref name="word"/> at <paramref name="start"/> is a French adjective that follows a
    /// common noun written in lower case, itself a word of the language (<paramref name="known"/>): French writes the
    /// adjectives of a descriptive phrase in lower case (« le patrimoine culturel immatériel », « la recherche
    /// agronomique », « l'hôpital universitaire central »), even where the other languages capitalise the phrase as a name;
    /// or a Spanish or Catalan adjective of the language after a lower-case institution noun (« el consell departamental »).
    /// </summary>
    public static bool AfterCommonNoun(string language, string text, int start, string word, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        // Spanish and Catalan write a body named by what it is in lower case too (« l'agència regional de salut »).
        if (language.Split('-')[0] is "es" or "ca")
        {
            return RomanceAdjective().IsMatch(word) && known(word) && AfterInstitutionNoun(text, start, RomanceInstitutions);
        }

        if (language.Split('-')[0] != "fr" || !FrenchAdjective().IsMatch(word) || !known(word))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text[..start]);
        if (words.Count == 0 || text[words[^1].End..start] != " ")
        {
            return false;
        }

        var previous = TextFold.Unelided(words[^1].Text);
        return previous.Length >= 4 && TextFold.IsLowerWord(previous) && known(words[^1].Text);
    }


    /// <summary>
    /// Whether the lower-case <paramref name="word"/> at <paramref name="start"/>, a word of the language
    /// (<paramref name="known"/>), is a French noun linked to a capitalised head in mid-sentence (« l'Autorité du
    /// transport métropolitain », « le Musée des beaux-arts ») or to a lower-case institution noun (« le conseil de district »):
    /// French capitalises only the first word of such a name, and none of a body named by what it is.
    /// </summary>
    public static bool AfterLinkedHead(string language, string text, int start, string word, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (language.Split('-')[0] != "fr")
        {
            return false;
        }

        // The members a body is named after, in the plural behind « des » (« l'Association des irrigants du Segre »): a common
        // noun even where no dictionary knows it.
        var before = text[Math.Max(0, start - 40)..start];
        if (MembersHead().IsMatch(before))
        {
            return true;
        }

        if (!known(word))
        {
            return false;
        }

        // A lower-case institution noun is the head too (« le conseil de district »).
        if (LinkedToInstitutionNoun().IsMatch(before))
        {
            return true;
        }

        var head = LinkedHead().Match(text[..start]);
        return head.Success && !NameRuns.AtSentenceStart(text, head.Groups["head"].Index);
    }

    [GeneratedRegex(@"(?<head>\p{Lu}\p{Ll}{3,}) (?:du|des|de la|de l['’]|de|d['’])\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedHead();

    /// <summary>A body named after its members: « Association des », « Fédération des », « Syndicat des », « Union des ».</summary>
    [GeneratedRegex(@"\b(?:Association|Fédération|Confédération|Union|Syndicat|Amicale|Collectif|Coordination|Société|Chambre|Ordre|Conseil) des $", RegexOptions.CultureInvariant)]
    private static partial Regex MembersHead();

    /// <summary>
    /// Whether the word at <paramref name="start"/> follows a capitalised word in mid-sentence, directly or through
    /// other lower-case adjectives (« Banque centrale européenne »).
    /// </summary>
    private static bool AfterNameHead(string text, int start)
    {
        var words = WordTokenizer.Tokenize(text[..start]);
        for (var k = words.Count - 1; k >= 0; k--)
        {
            var gap = text[words[k].End..(k == words.Count - 1 ? start : words[k + 1].Start)];
            if (gap != " ")
            {
                return false;
            }

            // A head behind a capitalised elided article is a name even at the sentence's start (« L'Office central »).
            var unelided = TextFold.Unelided(words[k].Text);
            if (TextFold.IsCapitalised(unelided))
            {
                return (k > 0 && !NameRuns.AtSentenceStart(text, words[k].Start)) || unelided.Length < words[k].Text.Length;
            }

            if (!FrenchAdjective().IsMatch(words[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Words French, Spanish and Catalan write in lower case where English capitalises them: the points of the compass
    /// outside a name (« au nord de », «al norte de»), a disease's name (« la covid », « el zika »), the judiciary (« la justice »),
    /// the stages of schooling (« d'infantil i primària », « l'école maternelle »), which Spanish also may capitalise.
    /// </summary>
    private static readonly HashSet<string> LowerNouns = WordSet.Of("nord sud est ouest norte sur este oeste oest scotch champagne cognac bourbon covid zika dengue ebola chikungunya justice justicia justícia "
        + "primaria primària secundaria secundària infantil bachillerato batxillerat primaire maternelle secondaire");

    /// <summary>French institution nouns, written in lower case when they stand generically before their adjective (« le conseil comarcal »).</summary>
    private static readonly HashSet<string> FrenchInstitutions = WordSet.Of("conseil conseils assemblée tribunal gouvernement parlement ministère département hôpital office agence syndicat chambre comité commission cour service direction institut centre parc réseau établissement collège lycée conservatoire observatoire");

    /// <summary>Spanish and Catalan institution nouns, written in lower case when they stand generically before their adjective (« el consell departamental »).</summary>
    private static readonly HashSet<string> RomanceInstitutions = WordSet.Of("consell consells consejo consejos agència agencia tribunal govern gobierno parlament parlamento ministeri ministerio hospital servei servicio institut instituto centre centro comitè comité comissió comisión oficina direcció dirección");

    /// <summary>Spanish and Catalan adjectives of a body's reach or field (« regional », « departamental », « autonómico », « sanitària »).</summary>
    [GeneratedRegex(@"^\p{Ll}+(?:al|als|ales|ar|ars|ares|ic|ica|ics|iques|ico|icos|icas|ari|ària|aris|àries|ario|aria|arios|arias)$")]
    private static partial Regex RomanceAdjective();

    /// <summary>A French institution noun in lower case linked to the word (« le conseil de district », « la chambre d'agriculture »): French writes the phrase in lower case.</summary>
    [GeneratedRegex(@"\b(?:conseil|conseils|tribunal|chambre|syndicat|office|agence|comité|commission|direction|service|établissement)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedToInstitutionNoun();

    /// <summary>Whether the word at <paramref name="start"/> follows one of the institution <paramref name="nouns"/> written in lower case (« le conseil comarcal », « l'agència regional »).</summary>
    private static bool AfterInstitutionNoun(string text, int start, HashSet<string> nouns)
    {
        var words = WordTokenizer.Tokenize(text[..start]);
        return words.Count > 0 && text[words[^1].End..start] == " " && nouns.Contains(TextFold.Unelided(words[^1].Text));
    }


    /// <summary>
    /// A portfolio or a hospital's service named after its holder's role, which French, Spanish and Catalan write in
    /// lower case (« l'adjointe à la culture », « chargée des transports », « le service de neurologie », « la regidora de
    /// cultura », « el servicio de cardiología »).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:charg[ée]e?s?|adjointe?s?|d[ée]l[ée]gu[ée]e?s?|ministre|service|services|chef|cheffe|responsable|conseill[eè]re?s?|concejala?|regidora?|consejer[oa]|conseller(?:a)?|servicio|servei|jef[ea]|cap|titular)\s+(?:à\s+la|à\s+l['’]|au|aux|de\s+la|de\s+l['’]|des|du|de|d['’]|del|de\s+los|de\s+les|dels))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Portfolio();

    [GeneratedRegex(@"^(?:anti\p{Ll}+|\p{Ll}+(?:al|an|ane|ans|anes|iste|istes|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ique|iques|aire|aires|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|ieur|ieure|ieurs|ieures|if|ive|ifs|ives|é|ée|és|ées|eur|euse|al|ial|iale))$")]
    private static partial Regex FrenchAdjective();
}
