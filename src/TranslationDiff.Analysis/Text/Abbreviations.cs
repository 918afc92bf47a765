namespace TranslationDiff.Analysis.Text;

/// <summary>Words that end with a full stop without ending a sentence, per language (lower case, no dot).</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "etc", "vs", "cf", "ca", "approx", "no", "nos", "nr", "st", "p", "pp", "vol", "ed", "eds", "fig", "art",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m",
        "u.s", "u.k", "u.n", "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "prof", "dr", "mr", "mrs", "ms",
        "jr", "sr", "inc", "ltd", "corp", "co", "dept", "univ", "av", "ave", "blvd", "mt", "ft", "hon", "rev",
    };

    private static readonly Dictionary<string, HashSet<string>> PerLanguage = new(StringComparer.Ordinal)
    {
        ["fr"] = new(StringComparer.Ordinal) { "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "st", "ste", "env", "cad", "c.-à-d", "j.-c", "chap", "éd", "hab", "min", "max", "sq", "tél", "bd" },
        ["es"] = new(StringComparer.Ordinal) { "sr", "sra", "srta", "sres", "d", "dña", "dª", "ud", "uds", "vd", "vds", "dr", "dra", "lic", "ing", "pág", "págs", "núm", "art", "aprox", "cap", "avda", "ee.uu", "ee", "uu", "ej", "admón", "pza", "gral" },
        ["ca"] = new(StringComparer.Ordinal) { "sr", "sra", "srta", "dr", "dra", "pàg", "núm", "aprox", "av", "c", "pl", "ptes" },
        ["de"] = new(StringComparer.Ordinal) { "z.b", "d.h", "u.a", "bzw", "ca", "dr", "hr", "fr", "nr", "str", "usw", "vgl", "sog", "evtl", "ggf", "inkl", "bzgl", "mio", "mrd", "abs", "s" },
        ["it"] = new(StringComparer.Ordinal) { "sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "ing", "avv", "pag", "ecc", "es", "mln", "mld" },
        ["pt"] = new(StringComparer.Ordinal) { "sr", "sra", "dr", "dra", "pág", "núm", "av", "exmo", "exma" },
        ["en"] = new(StringComparer.Ordinal) { "mt", "pres", "supt", "messrs", "govt" },
    };

    private static readonly HashSet<string> AlsoWords = new(StringComparer.Ordinal)
    {
        "art", "no", "nos", "co", "gen", "col", "sen", "rep", "rev", "mar", "dec", "ed", "vol", "fig", "hon", "mt", "ft", "min", "max", "cap", "pl", "av",
    };

    /// <summary>Whether the abbreviation is also an ordinary word of some language ("art", "no", "min").</summary>
    public static bool IsAlsoWord(string word) => AlsoWords.Contains(word);

    public static bool Contains(string language, string word)
    {
        var key = TextFold.Fold(word);
        return Common.Contains(key) || (PerLanguage.TryGetValue(language, out var set) && set.Contains(key));
    }
}
