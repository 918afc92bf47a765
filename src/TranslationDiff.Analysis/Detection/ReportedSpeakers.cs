using System.Text.RegularExpressions;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The pronouns that tell who is speaking, in the order a paragraph gives them: a reporting clause after a quotation
/// or a comma (“…,” she explained; « … », a-t-elle expliqué; «…», va dir ella; «…», dijo él) and the attributions
/// "according to her", « selon elle », « según ella », « segons ella ». Every edition reports the same speakers in the
/// same order, so when a paragraph and the original's aligned paragraph hold as many of each kind, the n-th of one
/// is the n-th of the other, whatever name the sentence around it gives or leaves out (the Spanish and Catalan
/// subject is usually dropped: there the paragraph simply holds none).
/// </summary>
internal static partial class ReportedSpeakers
{
    /// <summary>A speaker pronoun: its span, the gender it gives, and whether it closes a reported statement or attributes a view.</summary>
    public readonly record struct Speaker(int Start, int Length, PersonGender Gender, bool Attribution);

    public static bool Supports(string language) => LanguageTag.Primary(language) is "en" or "fr" or "es" or "ca";

    public static IReadOnlyList<Speaker> Of(string text, string language)
    {
        var (reporting, attribution) = LanguageTag.Primary(language) switch
        {
            "en" => (EnglishReporting(), EnglishAttribution()),
            "fr" => (FrenchReporting(), FrenchAttribution()),
            "es" => (SpanishReporting(), SpanishAttribution()),
            "ca" => (CatalanReporting(), CatalanAttribution()),
            _ => (null, null),
        };
        if (reporting is null || attribution is null)
        {
            return [];
        }

        // French reports a speaker mostly by inverting the subject (« a-t-elle expliqué »), the pattern RomancePronouns reads.
        var reports = LanguageTag.Primary(language) == "fr" ? RomancePronouns.French().Matches(text).Concat(reporting.Matches(text)) : reporting.Matches(text);
        return reports.Where(m => !Impersonal(text, m.Groups["p"].Index)).Select(m => Make(m, attribution: false))
            .Concat(attribution.Matches(text).Select(m => Make(m, attribution: true)))
            .OrderBy(s => s.Start)
            .ToList();
    }

    /// <summary>A French inverted « il » that stands for no one: « semble-t-il », « faut-il », « y a-t-il ».</summary>
    private static bool Impersonal(string text, int pronoun) =>
        ImpersonalVerb().IsMatch(text[Math.Max(0, pronoun - 12)..pronoun]);

    [GeneratedRegex(@"(?:faut|agit|semble|paraît|para[iî]t|suffit|reste|manque|importe|vaut|y a|pleut|s['’]agit)-(?:t-)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImpersonalVerb();

    private static Speaker Make(Match match, bool attribution)
    {
        var pronoun = match.Groups["p"];
        var gender = pronoun.Value.ToLowerInvariant() is "he" or "him" or "il" or "lui" or "él" or "ell" ? PersonGender.Masculine : PersonGender.Feminine;
        return new Speaker(pronoun.Index, pronoun.Length, gender, attribution);
    }

    // “…,” he said / …, she explained / ….” He added: the pronoun right after a comma or a closing quotation, then a
    // reporting verb (past or present, an adverb may come first).
    [GeneratedRegex(@"(?<=[,.!?;…][""”»’]?\s|[""”»]\s?,?\s)(?<p>[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|explained|explains|added|adds|warned|warns|insisted|insists|stated|states|declared|declares|affirmed|affirms|recalled|recalls|concluded|concludes|admitted|admits|noted|notes|stressed|stresses|pointed|asked|asks|argued|argues|acknowledged|acknowledges|continued|continues|replied|replies|assured|assures|estimated|estimates|indicated|indicates|specified|specifies|underlined|underlines|emphasi[sz]ed|emphasi[sz]es|maintained|maintains|commented|comments|lamented|laments|confessed|confesses|claimed|claims|remarked|remarks|observed|observes|recogni[sz]ed|recogni[sz]es|announced|announces|predicted|predicts|recounted|recounts|asserted|asserts|conceded|concedes|promised|promises|complained|complains|regretted|regrets|summed|sums|reminded|reminds|cautioned|cautions|highlighted|highlights|launched|launches|advanced|advances|valued|values|considered|considers|judged|judges|wrote|writes)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishReporting();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Aa]ccording to|(?<=(?:^|[.!?]\s)\W{0,2})For) (?<p>him|her)(?=[,.;:])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAttribution();

    // After a quotation, « », il a dit (the inverted « a-t-elle expliqué » is RomancePronouns' pattern).
    [GeneratedRegex(@"(?<=[""”»]\s?,?\s)(?<p>il|elle) a (?:dit|déclaré|expliqué|ajouté|affirmé|précisé|assuré|souligné|indiqué|averti|estimé|conclu|rappelé|reconnu|insisté)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchReporting();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Ss]elon|[Dd]['’]après|(?<=(?:^|[.!?]\s)\W{0,2})Pour) (?<p>lui|elle)(?=[,.;:])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchAttribution();

    // «…», dijo ella / explicó él (not a preposition: « para ella »); and the subject placed first: «…», él dijo.
    [GeneratedRegex(@"(?<=[,""”»]\s?,?\s(?!(?:para|con|de|por|sin|sobre|contra|entre|hacia|ante|que|y|o|a|e|como|cuando|donde|pero|aunque|si|ni|tras|según|mientras|porque|pues)\s)\p{Ll}+\s)(?<p>él|ella)(?=[,.;:]|\s)|(?<=[""”»]\s?,?\s)(?<p>él|ella)\s+\p{Ll}+ó(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishReporting();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Ss]egún|(?<=(?:^|[.!?]\s)\W{0,2})Para) (?<p>él|ella)(?=[,.;:])", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishAttribution();

    // «…», va dir ella / va explicar ell / afegeix ella; and «…», ell va dir.
    [GeneratedRegex(@"(?<=[,""”»]\s?,?\s(?:va\s)?(?!(?:per|amb|de|sense|sobre|contra|entre|cap|davant|que|i|o|a|com|quan|on|però|encara|si|ni|segons|mentre|perquè|doncs|tal)\s)\p{Ll}+\s)(?<p>ell|ella)(?=[,.;:]|\s)|(?<=[""”»]\s?,?\s)(?<p>ell|ella)\s+va\s+\p{Ll}+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CatalanReporting();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Ss]egons|(?<=(?:^|[.!?]\s)\W{0,2})Per a) (?<p>ell|ella)(?=[,.;:])", RegexOptions.CultureInvariant)]
    private static partial Regex CatalanAttribution();
}
