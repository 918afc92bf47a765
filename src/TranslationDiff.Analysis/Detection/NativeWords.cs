using System.Text.RegularExpressions;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// How French, Spanish, Catalan and English say the small meaning-bearing words the omitted-word check follows
/// ("only", "almost", "again"…) in their own text: an engine may drop or garble them in the pivot (« ne gagne
/// qu'environ un millimètre » comes out without "only"), so a sentence that says it in its own language keeps it. A
/// careful translation may also say it in other words: a negation by a word that carries it (« insuffisante », « faute
/// de », "out of order", « menys de »), "only" as « tot just », « no … hasta », « il suffisait de », « on n'entend plus
/// que l'eau ».
/// </summary>
internal static class NativeWords
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<(string Language, string Concept), Regex> Patterns = new()
    {
        [("fr", "only")] = P(@"\bn(?:e\s|['’])(?:(?!\b(?:pas|plus|jamais|rien|guère)\b)[^.;:!?])*?\bqu(?:e\b|['’])|\bn(?:e\s|['’])(?:[\w-]+\s+){1,2}plus\s+qu(?:e\b|['’])|\bseulement\b|\buniquement\b|\bexclusivement\b|\bseul(?:e|s|es)?\b|\bil\s+suffi\w*|\bà\s+peine\b|\bsimplement\b|\brien\s+qu(?:e\b|['’])|\bne\s+(?:se\s+|s['’])content\w*\s+pas\s+d[e'’]"),
        [("fr", "almost")] = P(@"\bpresque\b|\bprès\s+d[e'’]|\bquasi(?:ment)?\b|\bpratiquement\b|\bà\s+peine\b"),
        [("fr", "again")] = P(@"\bplus\s+jamais\b|\bjamais\s+plus\b|\bà\s+nouveau\b|\bde\s+nouveau\b|\bencore\b|\bre(?:commenc|prend|trouv|devien|vien|part|lanc|construi|ouvr)\w*|\bré(?:ouvr|élu|appar|intégr|instaur|tabli|cupér)\w*"),
        [("fr", "also")] = P(@"\baussi\b|\bégalement\b|\bde\s+même\b|\bnon\s+plus\b|\ben\s+outre\b|\bde\s+plus\b|\bpar\s+ailleurs\b"),
        [("fr", "still")] = P(@"\bencore\b|(?<!\bdepuis )\btoujours\b|\bcontinu\w*|\breste\w*"),
        [("fr", "already")] = P(@"\bdéjà\b"),
        [("es", "only")] = P(@"\bs[oó]lo\b|\bsolamente\b|\búnicamente\b|\bexclusivamente\b|\bno\s+(?:[^.;:!?]*?)\bmás\s+que\b|\bno\b[^.;:!?]*?\bhasta\b|\bapenas\b|\brecién\b|\bno\s+se\s+limit\w*\s+a\b"),
        [("es", "almost")] = P(@"\bcasi\b|\bcerca\s+de\b|\bprácticamente\b|\bapenas\b"),
        [("es", "again")] = P(@"\bnunca\s+más\b|\bjamás\s+(?:se\s+)?volv\w*|\bde\s+nuevo\b|\botra\s+vez\b|\b(?:vol(?:ver|vió|vieron|verá|verán|vería|verían|vía|vían|viera|vieran|viese|viesen|verse)|vuelv(?:e|en|a|an)|vuelto)\s+a\b|\bre(?:empez|comenz|abr|anud|tom|cuper|cobr)\w*"),
        [("es", "also")] = P(@"\btambién\b|\btampoco\b|\basimismo\b|\ba(?:de)?más\b"),
        [("es", "still")] = P(@"\btodavía\b|\baún\b|\bsigu(?:e|en|ió|ieron|ía|ían|iera|ieran)\b|\bseguir(?:á|án|ía|ían)\b|\bcontinú\w*"),
        [("es", "already")] = P(@"\bya\b"),
        [("ca", "only")] = P(@"\bnomés\b|\btan\s+sols\b|\bsols\b|\búnicament\b|\bexclusivament\b|\btot\s+just\b|\bno\b[^.;:!?]*?\bfins\b|\bsolament\b|\bno\s+es\s+limit\w*\s+a\b"),
        [("ca", "almost")] = P(@"\bgairebé\b|\bquasi\b|\bprop\s+d[e'’]|\bpràcticament\b|\bamb\s+prou\s+feines\b"),
        [("ca", "again")] = P(@"\bmai\s+més\b|\bde\s+nou\b(?!\s+(?!(?:les|els|es|ens|us)\b)(?:\p{L}{2,}s|mil)\b)|\bun(?:a)?\s+altra\s+vegada\b|\btorn(?:ar|a|en|ava|aven|arà|aran|aria|arien|i|in|és|essin)(?:-(?:se|s|hi|ne|nos|vos|los|les|la|lo|li))?\s+a\b|\bva\s+tornar\s+a\b|\bvan\s+tornar\s+a\b|\bre(?:començ|obr|prend|cuper)\w*|\btornat\s+a\b"),
        [("ca", "also")] = P(@"\btambé\b|\btampoc\b|\ba\s+més\b|\bendemés\b"),
        [("ca", "still")] = P(@"\bencara\b|\bsegueix\w*|\bcontinua\w*"),
        [("ca", "already")] = P(@"\bja\b"),
        [("en", "only")] = P(@"\bnothing\s+but\b|\bnone\s+but\b|\bjust\b|\bbarely\b|\bhardly\b|\bscarcely\b|\balone\b|\bno\s+more\s+than\b|\bsolely\b|\bnot\s+until\b|\bmerely\b"),
        [("en", "almost")] = P(@"\bhardly\b|\bbarely\b|\bscarcely\b"),
        [("fr", "not")] = P(@"\bne\b|\bn['’]|\bjamais\b|\brien\b|\baucun\w*|\bsans\b|\binsuffisant\w*|\bfaute\s+d[e'’]|\bhors\s+d[e'’]|\brefus\w*|\bréfut\w*|\bdément\w*|\bni\b|\bmoins\s+d[e'’]|\btrop\s+peu\b|\bimpossible\w*|\bincapable\w*|\bcess\w*\s+d[e'’]|\barrêt\w*\s+d[e'’]|\bmanqu\w*|\bau\s+lieu\s+d[e'’]|\bplutôt\s+que\b"),
        [("es", "not")] = P(@"\bno\b|\bnunca\b|\bjamás\b|\bnadie\b|\bnada\b|\bningun\w*|\bni\b|\btampoco\b|\bsin\b|\binsuficiente\w*|\bfalta\s+de\b|\bfuera\s+de\b|\brechaz\w*|\bneg(?:ó|aron|a|an|ar)\b|\bmenos\s+de\b|\bdemasiado\s+poc\w*|\bimposible\w*|\bincapa\w*|\bdej\w*\s+de\b|\ben\s+(?:lugar|vez)\s+de\b"),
        [("ca", "not")] = P(@"\bno\b|\bmai\b|\bningú\b|\bgens\b|\bni\b|\btampoc\b|\bsense\b|\binsuficient\w*|\bfalta\s+d[e'’]|\bfora\s+d[e'’]|\brebutj\w*|\bneg(?:a|uen|at|ar)\b|\bmenys\s+d[e'’]|\bmassa\s+poc\w*|\bimpossible\w*|\bincapaç\w*|\bdeix\w*\s+d[e'’]|\ben\s+(?:lloc|comptes)\s+d[e'’]"),
        [("en", "not")] = P(@"\bno\b|\bnobody\b|\bnone\b|\bnothing\b|\bnowhere\b|\bwithout\b|\bnever\b|\bneither\b|\bnor\b|\bfail(?:s|ed|ing|ure)?\b|\black(?:s|ed|ing)?\b|\bunable\b|\bunlikely\b|\brefus\w*|\bden(?:y|ies|ied)\b|\btoo\s+(?:little|few|small|low)\b|\b(?:fewer|less)\s+than\b|\bout\s+of\s+order\b|\bno\s+longer\b|\binstead\s+of\b|\brather\s+than\b|\bf(?:a|e)ll\w*\s+short\b|\bstop(?:s|ped|ping)?\b|\binsufficient\b|\bimpossible\b|\bmissing\b|\bdeclin(?:e|es|ed|ing)\s+to\b|\bbarring\b|\bunless\b|\bun(?:usual|common|known|likely|able|aware|clear|certain|available|affordable|expected|paid|employed|safe|stable|suitable|official|finished|resolved|changed|used|occupied|inhabited|lawful|fair|acceptable|willing|necessary|popular|prepared|successful|restricted|limited|regulated|treated|heard|seen)\w*|\b(?:inadequate|incomplete|illegal|irregular|inaccessible|invisible|incapable|inactive|improbable|impractical|non-\w+)"),
    };

    /// <summary>Whether the sentence, in its own language, says the concept.</summary>
    public static bool Says(string sentence, string language, string concept) =>
        Patterns.TryGetValue((LanguageTag.Primary(language), concept), out var pattern) && pattern.IsMatch(sentence);

    private static Regex P(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
}
