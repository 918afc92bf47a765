using TranslationDiff.Analysis.Text;
namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Small closed word classes of English that the grammar checks lean on, and a rough test for verb forms. No
/// tagger: what these lists do not know is treated as "not a verb", so the checks stay silent rather than guess.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Auxiliaries and modals: each starts a finite verb group.</summary>
    public static readonly IReadOnlySet<string> Auxiliaries = WordSet.Of(
        "is are was were am has have had will would can could may might must shall should do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't doesn't don't didn't mustn't shouldn't");

    /// <summary>Words that open a noun phrase.</summary>
    public static readonly IReadOnlySet<string> Determiners = WordSet.Of(
        "a an the this that these those its his her their our my your some many most several every each another no such any two three four five");

    /// <summary>Personal pronouns that can be a clause's subject.</summary>
    public static readonly IReadOnlySet<string> SubjectPronouns = WordSet.Of("he she they we i you it one");

    /// <summary>Object pronouns that can fill a verb's object slot.</summary>
    public static readonly IReadOnlySet<string> ObjectPronouns = WordSet.Of("it them him");

    public static readonly IReadOnlySet<string> Prepositions = WordSet.Of(
        "of in to with for by on at from about under through during among between into onto upon without against over after before since until across along around behind beyond near toward towards via within like than as per despite");

    /// <summary>Words that open an adverbial clause: a relative clause ends where one starts.</summary>
    public static readonly IReadOnlySet<string> Subordinators = WordSet.Of(
        "while whereas as since because although though when after before until unless if even so once whilst");

    /// <summary>Frequent irregular simple-past forms.</summary>
    public static readonly IReadOnlySet<string> IrregularPast = WordSet.Of(
        "was were had did said told made took gave came went became began kept held left felt found got saw knew thought brought bought built sent spent stood understood lost led met paid put ran rose fell fought won wrote spoke chose drove grew hit hung laid lay meant quit read set shot shut sold sought struck swore taught threw wore withdrew overtook undertook");

    /// <summary>Frequent lexical verbs of news prose (base and third-person forms) that carry no -ed ending.</summary>
    public static readonly IReadOnlySet<string> CommonVerbs = WordSet.Of(
        "be become becomes come comes go goes make makes take takes give gives seem seems appear appears remain remains mean means show shows pose poses raise raises cost costs worry worries concern concerns affect affects include includes face faces need needs stand stands hold holds run runs continue continues begin begins start starts end ends enter enters apply applies represent represents mark marks say says think thinks know knows want wants expect expects leave leaves keep keeps put puts get gets");

    /// <summary>Verbs that take a "that" complement clause ("said that", "believes that").</summary>
    public static readonly IReadOnlySet<string> ThatClauseVerbs = Forms(
        "say said think thought know knew known believe understand understood hope fear feel felt mean meant show shown suggest argue claim insist admit add note warn explain state stress recall report indicate confirm announce estimate consider realise realize expect assure acknowledge deny promise ensure prove reveal agree decide learn hear heard tell told write wrote written conclude find found recognise recognize repeat assert maintain predict remind remember");

    public static bool IsVerbLike(string lower) =>
        Auxiliaries.Contains(lower) || IrregularPast.Contains(lower) || CommonVerbs.Contains(lower) || ThatClauseVerbs.Contains(lower) || IsEdForm(lower);

    /// <summary>A regular past or past participle ("remained", "tested"), not a short noun like "bed" or "need".</summary>
    public static bool IsEdForm(string lower) => lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("eed", StringComparison.Ordinal);


    /// <summary>Base forms with their -s, -ed and -ing forms (irregular forms are listed beside them).</summary>
    private static HashSet<string> Forms(string bases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in bases.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(b);
            set.Add(b.EndsWith('s') || b.EndsWith('h') ? b + "es" : b.EndsWith('y') && !b.EndsWith("ay", StringComparison.Ordinal) ? b[..^1] + "ies" : b + "s");
            set.Add(b.EndsWith('e') ? b + "d" : b.EndsWith('y') && !b.EndsWith("ay", StringComparison.Ordinal) ? b[..^1] + "ied" : b + "ed");
            set.Add(b.EndsWith('e') && !b.EndsWith("ee", StringComparison.Ordinal) ? b[..^1] + "ing" : b + "ing");
        }

        return set;
    }

    /// <summary>An -s form that may be a verb in the third person ("follows", "trains"), not "-ss" or a possessive.</summary>
    public static bool IsSForm(string lower) =>
        lower.Length >= 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>
    /// Whether the word at <paramref name="i"/> reads as a verb in the present ("The play follows three sisters who…",
    /// "which runs the station"): an -s form followed by a determiner, a number or an object pronoun, which no noun phrase has.
    /// </summary>
    public static bool PresentBeforeObject(IReadOnlyList<TextSpan> words, int i)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (i + 1 >= words.Count || !IsSForm(words[i].Text.ToLowerInvariant()))
        {
            return false;
        }

        var next = words[i + 1].Text.ToLowerInvariant();
        return Determiners.Contains(next) || NumberWords.Cardinal("en", next) is not null || next.All(char.IsAsciiDigit)
            || next is "her" or "him" or "them" or "his" or "their" or "its" or "our" or "us" or "me";
    }
}
