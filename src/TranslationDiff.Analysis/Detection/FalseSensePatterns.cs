namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Building blocks of the default false-sense lists (<see cref="FalseSenses"/> and the family lists it gathers):
/// domain cues, language sets and the entry factory. Patterns are matched ignoring case.
/// </summary>
internal static class FalseSensePatterns
{
    public const string Weapons = @"\b(?:missiles?|rockets?|ballistic|ICBMs?|warheads?|launch(?:er|ers|es|ed)?|satellites?|projectiles?|nuclear|atomic)\b";
    public const string Court = @"\b(?:courts?|judges?|defendants?|accused|prosecutors?|prosecution|jury|juries|verdict|tribunal|lawyers?|sentenced|charged|hearing)\b";
    public const string Casualties = @"\b(?:dead|deaths?|killed|died|victims?|casualties|injured|wounded|missing|bodies|fatalities|storm|floods?|earthquake|fire|crash|attack)\b";
    public const string EastAsia = @"\b(?:Korea|Korean|Koreans|Pyongyang|Seoul|Japan|Japanese|Tokyo|China|Chinese|Beijing|Taiwan|Asia|Asian|Pacific|Vietnam|Mongolia)\b";
    public const string Politics = @"\b(?:party|parties|political|politics|elections?|electoral|vote[sd]?|voters|coalition|parliament|parliamentary|seats?|candidates?|left-wing|right-wing|far-right|far-left)\b";

    /// <summary>Events one attends (a ceremony, a concert), not a match, where “assist” would be the football sense.</summary>
    public const string Events = @"\b(?:ceremon(?:y|ies)|funerals?|concerts?|mass|premieres?|shows?|performances?|events?|weddings?|inauguration|spectators|audience|conferences?|lectures?|parades?|processions?|rall(?:y|ies)|festivals?|screenings?|exhibitions?)\b";
    public const string Police = @"\b(?:police|officers?|agents|arrested|detained|suspects?|stabbed|knife|robbery|theft|fled|attacked|assaulted|threatened|Mossos|Guardia|gendarmes?)\b";
    public const string Violence = @"\b(?:fight|fought|blows|stabb\w*|knife|punch\w*|kill\w*|attack\w*|injur\w*|police|arrest\w*|detain\w*|quarrel\w*|shout\w*|insult\w*|violen\w*)\b";
    public const string League = @"\b(?:league|division|Liga|Segunda|Primera|Ligue|Serie|Premier|promotion|relegat\w*|standings|drop zone)\b";
    public const string Programmes = @"\b(?:presenter|hosts?|hosted|programmes?|programs?|viewers|listeners|episodes?|aired|airs|prime time|talk show|chat show)\b";
    public const string NotPossessed = @"(?<!(?:his|her|their|its|whose|my|your|a|professional|sporting|long|whole|entire|political|brilliant|successful|international|coaching|playing|racing|cycling|football|mining|musical|acting) )";
    public const string Match = @"\b(?:match|game|goals?|penalt(?:y|ies)|shoot-?out|minutes?|scored?|draw|drawn|equali[sz]\w*|final|whistle|120)\b";
    public const string Fans = @"\b(?:stadium|stands?|fans?|supporters?|club|team|match|game|league|players?|cheer\w*|whistl\w*|booed|chant\w*|tickets?|crowd)\b";
    public const string Broadcasting = @"\b(?:TV|television|radio|programmes?|programs?|presenter|host|broadcast\w*|channel|shows?|audience|viewers|listeners|episodes?|aired|series|news)\b";
    public const string Roads = @"\b(?:cars?|vehicles?|lorr(?:y|ies)|trucks?|bus|buses|coach|taxis?|roads?|accident|crash|motorway|highway|vans?|wheel|licen[cs]e|breathalys\w*|alcohol|speed\w*|drunk)\b";
    public const string Schools = @"\b(?:pupils?|teachers?|schools?|classes|classroom|children|kids|aged|year-olds?|primary|secondary|head ?teachers?|parents)\b";
    public const string Payment = @"\b(?:pay(?:ment|ing|s)?|instal(?:l)?ments?|debts?|financ\w*|terms|mortgages?|tax|taxes|fees|bills?|loans?)\b";
    public const string Contracts = @"\b(?:contracts?|tenders?|works|compan(?:y|ies)|firms?|euros?|€|million|projects?|services?|concessions?|lots?|bids?|contractors?)\b";
    public const string Unemployment = @"\b(?:unemploy\w*|jobless|jobs?|employment|labou?r|registered|figures|rate|data|benefits?|social security|workers)\b";
    public const string Markets = @"\b(?:shares?|stocks?|index|Ibex|trading|investors?|points|markets?|CAC|Dow|Nasdaq|listed|listing)\b";
    public const string Sport = @"\b(?:squad|players|league|goals?|bench|signing|dressing room|Liga|coach|match|matches|fixture)\b";
    public const string Income = @"\b(?:income|tax|taxes|declaration|return|per capita|households?|families|poverty|minimum|basic|guaranteed|IRPF|wealth|salar(?:y|ies)|wages|earnings|vital)\b";

    public static readonly string[] Fr = ["fr"];
    public static readonly string[] Es = ["es"];
    public static readonly string[] Ca = ["ca"];
    public static readonly string[] EsCa = ["es", "ca"];
    public static readonly string[] Romance = ["fr", "es", "ca"];
    public static readonly string[] En = ["en"];

    public static FalseSenseEntry F(string[] sources, string source, string target, string rendering, string cue, string meaning, string suggestion) =>
        new() { Sources = sources, Source = source, Target = target, Rendering = rendering, Cue = cue, Meaning = meaning, Suggestion = suggestion };
}
