namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Building blocks of the default calque lists (<see cref="Calques"/> and the family lists it gathers): pattern
/// fragments, language sets and the two entry factories (without and with a source anchor).
/// </summary>
internal static class CalquePatterns
{
    public const string Days = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    public const string Months = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    public const string FrenchMonths = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
    public const string SpanishMonths = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
    public const string CatalanDaysAndMonths = "(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre)";

    /// <summary>The start of a sentence (after a full stop, a colon or a closing quotation mark).</summary>
    public const string Start = @"(?<=^|[.!?:]['""’”»]? )";

    public const string AfterQuoteOrComma = @"(?<=[,”""»] )";

    /// <summary>
    /// Right after a quotation closes (“…,” or “…”, or '…', ) or a dash (Spanish «—dijo el ministro—»): where an
    /// inverted verb can only be a reporting verb, not the main verb after a parenthetical clause.
    /// </summary>
    public const string AfterSpeech = @"(?<=(?:[”""»’]|[”""»’],|,[”""»’]|[—–]) )";

    /// <summary>Followed by the speaker: a capitalised name, or a noun for a person or body ("the regional minister").</summary>
    public const string Speaker = @"(?= (?:the |this |that )?(?:\p{Lu}|(?:[\p{Ll}-]+ ){0,2}(?:minister|president|mayor|mayoress|spokes(?:man|woman|person)|secretary|director|head|leader|chief|advocate|coach|manager|expert|official|deputy|councillor|councilor|senator|prosecutor|judge|lawyer|source|researcher|scientist|doctor|author|writer|artist|player|captain|driver|rider|organi[sz]er|owner|chairman|chairwoman|economist|analyst|historian|professor|teacher|union|company|ministry|government|party|club|federation|association|police|agency|report|statement)s?\b))";

    /// <summary>A count of time units written as digits or in words ("two years", "several months").</summary>
    /// <summary>The portfolios of a local council or a regional government, as English words ("councillor of Agriculture").</summary>
    public const string Portfolios = @"(?:Agriculture|Health|Mobility|Environment|Culture|Education|Urbanism|Urban|Planning|Housing|Transports?|Tourism|Sports?|Economy|Finances?|Security|Citizen|Social|Youth|Equality|Works|Commerce|Trade|Employment|Heritage|Festivities|Celebrations|Parks|Sustainability|Infrastructures?|Services|Welfare|Water|Energy|Innovation|Industry|Interior|Justice|Territory|Fisheries|Universities|Research|Digital|Governance|Presidency|Treasury|Labour|Traffic|Cleaning|Maintenance|Roads|Ecology|Ecological|Civil|Public|Human|Elderly|Feminisms?|Women|Children|Family|Families|Consumption|Markets|Beaches|Libraries|Cooperation|Immigration|Participation|Communication|Personnel|Budget|Taxation|Property|Green|Environmental)\b";

    public const string Count = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|some|many)";

    public const string TimeUnits = "(?:years|months|weeks|days|decades|hours)";

    public static readonly string[] Fr = ["fr"];
    public static readonly string[] Es = ["es", "ca"];
    public static readonly string[] Romance = ["fr", "es", "ca"];
    public static readonly string[] En = ["en"];
    public static readonly string[] FrEs = ["fr", "es"];

    /// <summary>An entry that fires wherever its pattern matches in an edition translated from one of its source languages.</summary>
    public static CalqueEntry E(string[] sources, string target, string pattern, string original, string suggestion) =>
        new() { Sources = sources, Target = target, Pattern = pattern, Original = original, Suggestion = suggestion };

    /// <summary>An entry that also needs its source anchor in the original's (or a source edition's) aligned paragraph.</summary>
    public static CalqueEntry A(string[] sources, string target, string pattern, string sourceCue, string original, string suggestion) =>
        new() { Sources = sources, Target = target, Pattern = pattern, SourceCue = sourceCue, Original = original, Suggestion = suggestion };
}
