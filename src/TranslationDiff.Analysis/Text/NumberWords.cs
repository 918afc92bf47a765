namespace TranslationDiff.Analysis.Text;

/// <summary>Small numbers in words and scale words (million, milliard...), per language.</summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, string[]> Cardinals = new(StringComparer.Ordinal)
    {
        ["en"] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"],
        ["fr"] = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"],
        ["es"] = ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"],
        ["ca"] = ["dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu", "onze", "dotze", "tretze", "catorze", "quinze", "setze", "disset", "divuit", "dinou", "vint"],
        ["pt"] = ["dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"],
        ["it"] = ["due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"],
        ["de"] = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"],
    };

    private static readonly Dictionary<string, string[]> Tens = new(StringComparer.Ordinal)
    {
        ["en"] = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
        ["fr"] = ["vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingt", "quatre-vingt-dix"],
        ["es"] = ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
        ["ca"] = ["vint", "trenta", "quaranta", "cinquanta", "seixanta", "setanta", "vuitanta", "noranta"],
        ["pt"] = ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
        ["it"] = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
    };

    private static readonly Dictionary<string, string> Feminine = new(StringComparer.Ordinal)
    {
        ["duas"] = "dois", ["dues"] = "dos", ["zwo"] = "zwei",
    };

    /// <summary>The value of a spelled-out number in the language, or null.</summary>
    public static int? Cardinal(string language, string word)
    {
        if (!Cardinals.TryGetValue(language, out var words))
        {
            return null;
        }

        var key = word.ToLowerInvariant();
        key = Feminine.GetValueOrDefault(key, key);
        var index = Array.IndexOf(words, key);
        return index >= 0 ? index + 2 : Compound(language, key);
    }

    /// <summary>Tens written as one word, joined or hyphenated: "thirty", "twenty-seven", « vingt-sept », « veintisiete », « vint-i-set », « quatre-vingt-dix-neuf ».</summary>
    private static int? Compound(string language, string word)
    {
        if (!Tens.TryGetValue(language, out var tens) || !Cardinals.TryGetValue(language, out var units))
        {
            return null;
        }

        string[] tensWords = language is "en" ? ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] : tens;
        for (var t = tensWords.Length - 1; t >= 0; t--)
        {
            var tenWord = language is "es" && t == 0 ? "veinti" : tensWords[t];
            if (!word.StartsWith(tenWord, StringComparison.Ordinal))
            {
                continue;
            }

            var value = (t + 2) * 10;
            var rest = word[tenWord.Length..];
            if (rest.Length == 0)
            {
                return language is "es" && t == 0 ? null : value;
            }

            rest = language switch
            {
                "fr" when rest.StartsWith("-et-", StringComparison.Ordinal) => rest[4..],
                "fr" when rest == "s" && t == 6 => string.Empty,
                "ca" when rest.StartsWith("-i-", StringComparison.Ordinal) => rest[3..],
                "it" or "es" => rest,
                _ when rest[0] == '-' => rest[1..],
                _ => "?",
            };
            if (rest.Length == 0)
            {
                return value;
            }

            // « trenta-dues », « vint-i-una »: the unit agrees with a feminine noun.
            var folded = TextFold.Fold(Feminine.GetValueOrDefault(rest, rest));
            int? unit = folded is "un" or "one" or "uno" or "u" or "una" or "eins" ? 1
                : Array.FindIndex(units, u => TextFold.Fold(u) == folded) is var i and >= 0 ? i + 2 : null;
            // « soixante-dix-sept », « quatre-vingt-onze »: French counts on from sixty and eighty with the numbers to nineteen.
            var frenchScore = language is "fr" && t is 4 or 6;
            return unit switch
            {
                null => null,
                < 10 => value + unit,
                < 20 when frenchScore => value + unit,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>
    /// Collective numerals, which give a number as an approximation (« une vingtaine de minutes » is about 20, like
    /// « unos 20 minutos »), by language. Forty is left out here: « quarantaine », « cuarentena », « quarantena » are
    /// also the quarantine, and count only before « de » (see <see cref="Collective"/>).
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Collectives = new(StringComparer.Ordinal)
    {
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30,
            ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100, ["millier"] = 1000,
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["decena"] = 10, ["docena"] = 12, ["quincena"] = 15, ["veintena"] = 20, ["treintena"] = 30,
            ["cincuentena"] = 50, ["centenar"] = 100, ["centena"] = 100, ["millar"] = 1000,
        },
        ["ca"] = new(StringComparer.Ordinal)
        {
            ["desena"] = 10, ["dotzena"] = 12, ["quinzena"] = 15, ["vintena"] = 20, ["trentena"] = 30,
            ["cinquantena"] = 50, ["seixantena"] = 60, ["centenar"] = 100, ["miler"] = 1000,
        },
        ["pt"] = new(StringComparer.Ordinal)
        {
            ["dezena"] = 10, ["duzia"] = 12, ["quinzena"] = 15, ["vintena"] = 20, ["trintena"] = 30, ["centena"] = 100, ["milhar"] = 1000,
        },
        ["it"] = new(StringComparer.Ordinal)
        {
            ["decina"] = 10, ["dozzina"] = 12, ["quindicina"] = 15, ["ventina"] = 20, ["trentina"] = 30,
            ["cinquantina"] = 50, ["centinaio"] = 100, ["migliaio"] = 1000,
        },
        ["en"] = new(StringComparer.Ordinal) { ["dozen"] = 12 },
    };

    /// <summary>
    /// The number a collective numeral stands for when an indefinite article ("a", « une », « una », « un ») comes
    /// before it: « une vingtaine », « una veintena », "a dozen". In the plural (« des dizaines », "dozens") it is no
    /// one number, and without the article (« la quincena de agosto ») it is a named period, not a count.
    /// </summary>
    public static int? Collective(string language, string previous, string word, string following = "")
    {
        ArgumentNullException.ThrowIfNull(following);
        var key = TextFold.Fold(word);
        if (key is "quarantaine" or "cuarentena" or "quarantena")
        {
            // « une quarantaine de coureurs » counts runners; « une quarantaine » alone, « une quarantaine de jours » and
            // « una cuarentena de diez días » are the quarantine.
            var counted = QuarantineOrForty().Match(following.TrimStart().ToLowerInvariant());
            return counted.Success && TextFold.Fold(previous) is "une" or "una" ? 40 : null;
        }

        if (!Collectives.TryGetValue(language, out var words) || !words.TryGetValue(key, out var value))
        {
            return null;
        }

        var article = TextFold.Fold(previous) is "a" or "une" or "un" or "una" or "uma" or "um";
        return article ? value : null;
    }

    /// <summary>
    /// The decade a word names: "eighties" in English, or the tens word after "años", "anys", "années", "anos",
    /// "anni" ("els anys vuitanta"), as 80; in Spanish and Catalan also after the plural article alone when no noun
    /// follows (« a finales de los noventa », « als noranta, »), since « los noventa empleados » counts employees.
    /// Null for anything else. <paramref name="previous"/> is the word before, <paramref name="following"/> the text after.
    /// </summary>
    public static int? DecadeInWords(string language, string previous, string word, string following = "")
    {
        ArgumentNullException.ThrowIfNull(following);
        if (!Tens.TryGetValue(language, out var words))
        {
            return null;
        }

        var before = TextFold.Fold(previous);
        var afterArticle = (language is "es" && before is "los") || (language is "ca" && before is "els" or "als" or "dels" or "pels");
        if (afterArticle)
        {
            var next = following.TrimStart();
            var nextWord = new string(next.TakeWhile(char.IsLetter).ToArray());
            afterArticle = next.Length == 0 || !char.IsLetter(next[0]) || TextFold.Fold(nextWord) is "y" or "i" or "e" or "o" or "cuando" or "quan" or "del" or "de";
        }

        if (language is not "en" && !afterArticle && before is not ("annees" or "anos" or "anys" or "anni"))
        {
            return null;
        }

        var key = TextFold.Fold(word);
        key = language is "fr" && key is "quatre-vingts" ? "quatre-vingt" : key;
        var index = Array.IndexOf(words, key);
        return index < 0 ? null : (index + 2) * 10;
    }

    private static readonly Dictionary<string, string[]> Ordinals = new(StringComparer.Ordinal)
    {
        ["en"] = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        ["fr"] = ["deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"],
        ["es"] = ["segundo", "tercero", "", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo"],
        ["ca"] = ["segon", "tercer", "", "cinquè", "sisè", "setè", "vuitè", "novè", "desè"],
    };

    /// <summary>
    /// An ordinal from second to tenth ("second", « troisième », « segunda », « tercer »), as its number; the fourth of
    /// Spanish and Catalan is left out (« cuarto », « quart » are also a room and a quarter).
    /// </summary>
    public static int? Ordinal(string language, string word)
    {
        if (!Ordinals.TryGetValue(language, out var words))
        {
            return null;
        }

        var key = word.ToLowerInvariant();
        key = language switch
        {
            "es" when key.EndsWith('a') && key.Length > 4 => key[..^1] + "o",
            "es" when key is "tercer" => "tercero",
            "ca" when key.EndsWith("ona", StringComparison.Ordinal) => key[..^3] + "on",
            "ca" when key.EndsWith("ena", StringComparison.Ordinal) => key[..^3] + "è",
            "ca" when key is "tercera" => "tercer",
            "fr" when key is "second" or "seconde" => "deuxième",
            _ => key,
        };
        var index = Array.IndexOf(words, key);
        return index >= 0 && key.Length > 0 ? index + 2 : LaterOrdinal(language, key);
    }

    /// <summary>
    /// An ordinal above tenth, read from its cardinal: « vingtième », « quinzième », « vintè », « trentena », "twentieth",
    /// "twelfth", and the Spanish learned forms (« vigésima », « undécimo »).
    /// </summary>
    private static int? LaterOrdinal(string language, string key)
    {
        string[] stems = language switch
        {
            "fr" when key.EndsWith("ième", StringComparison.Ordinal) => [key[..^4], key[..^4] + "e", key[..^4].Replace("cinqu", "cinq", StringComparison.Ordinal), key[..^4].Replace("neuv", "neuf", StringComparison.Ordinal)],
            "ca" when key.EndsWith('è') => [key[..^1], key[..^1] + "a", key[..^1].Replace("nov", "nou", StringComparison.Ordinal)],
            "ca" when key.EndsWith("ena", StringComparison.Ordinal) => [key[..^3], key[..^3] + "a", key[..^3].Replace("nov", "nou", StringComparison.Ordinal)],
            "en" when key.EndsWith("ieth", StringComparison.Ordinal) => [key[..^4] + "y"],
            "en" when key.EndsWith("fth", StringComparison.Ordinal) => [key[..^3] + "ve", key[..^2]],
            "en" when key.EndsWith("th", StringComparison.Ordinal) => [key[..^2]],
            _ => [],
        };
        foreach (var stem in stems)
        {
            if (Cardinal(language, stem) is > 10 and var value)
            {
                return value;
            }
        }

        if (language is "es" && key.Length > 4)
        {
            var masculine = key.EndsWith('a') ? key[..^1] + "o" : key;
            if (TextFold.Fold(masculine) is var folded && folded.StartsWith("decimo", StringComparison.Ordinal) && folded.Length > 8)
            {
                // « decimotercera edición », « decimoctavo »: ten and the unit's ordinal, 11 to 19.
                var unit = folded[6..] is var rest && rest.StartsWith("ctavo", StringComparison.Ordinal) ? "o" + rest : rest;
                var index = Array.FindIndex(Ordinals["es"], o => o.Length > 0 && TextFold.Fold(o) == unit);
                return unit switch
                {
                    "primero" => 11,
                    "cuarto" => 14,
                    "nono" => 19,
                    _ when index >= 0 && index < 8 => 12 + index,
                    _ => null,
                };
            }

            return Array.IndexOf(SpanishLearnedOrdinals, masculine) is >= 0 and var i ? (i < 2 ? 11 + i : i * 10) : null;
        }

        return null;
    }

    /// <summary>Spanish learned ordinals: eleventh and twelfth, then the tens from twentieth to ninetieth.</summary>
    private static readonly string[] SpanishLearnedOrdinals =
        ["undécimo", "duodécimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"];

    /// <summary>
    /// Words that stand for a number without being a count: zero (« cero », « zéro »), half (50, as in « la moitié » for
    /// « el 50 % »), a quarter of an hour (15 minutes) and half an hour (30). They
    /// can answer a number written in figures elsewhere, but are never counted themselves.
    /// </summary>
    public static int? Standing(string language, string word, string following, string previous)
    {
        ArgumentNullException.ThrowIfNull(following);
        var key = TextFold.Fold(word);
        var next = TextFold.Fold(following.TrimStart());
        var joined = previous is "y" or "i" or "et";
        return key switch
        {
            "zero" or "cero" => 0,
            // « las nueve y media », « les set i mitja », « sept heures et quart »: the minutes after the hour.
            "media" or "mitja" when joined && !next.StartsWith("docena", StringComparison.Ordinal) && !next.StartsWith("dotzena", StringComparison.Ordinal) => 30,
            "cuarto" or "quart" when joined => 15,
            // "half past eight", "a quarter past seven", "a quarter to nine", « huit heures et demie »: the minutes.
            "half" when next.StartsWith("past ", StringComparison.Ordinal) => 30,
            "quarter" when next.StartsWith("past ", StringComparison.Ordinal) => 15,
            "quarter" when QuarterTo().IsMatch(next) => 45,
            "demie" => 30,
            "half" or "moitie" or "mitad" or "meitat" or "meta" or "metade" => next.StartsWith("an hour", StringComparison.Ordinal) || next.StartsWith("hour", StringComparison.Ordinal) ? 30 : 50,
            "demi-heure" or "demi" when next.StartsWith("heure", StringComparison.Ordinal) || key == "demi-heure" => 30,
            "media" or "mitja" when next.StartsWith("hora", StringComparison.Ordinal) => 30,
            "quart" or "cuarto" or "quarter" when QuarterHour().IsMatch(next) => 15,
            _ => null,
        };
    }

    /// <summary>"to" and an hour after "quarter": "a quarter to nine", "a quarter to 9".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^to (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuarterTo();

    /// <summary>What follows "quarter", « quart », « cuarto » when it is a quarter of an hour.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:d['’]heure|d['’]hora|de hora|of an hour|hour)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuarterHour();

    /// <summary>
    /// A count of days that also names weeks: « quinze jours », « quince días », « quinze dies » are a fortnight (two weeks),
    /// « huit jours », « ocho días », « vuit dies » a week. Null for any other count.
    /// </summary>
    public static int? InWeeks(string language, int count, string following)
    {
        ArgumentNullException.ThrowIfNull(following);
        var next = TextFold.Fold(following.TrimStart());
        var days = language switch
        {
            "fr" => next.StartsWith("jours", StringComparison.Ordinal),
            "es" => next.StartsWith("dias", StringComparison.Ordinal),
            "ca" => next.StartsWith("dies", StringComparison.Ordinal),
            _ => false,
        };
        return !days ? null : count switch { 15 => 2, 8 => 1, _ => null };
    }

    /// <summary>A number word that is also an adjective ("new"): Catalan « nou », French « neuf ».</summary>
    public static bool AlsoAnAdjective(string language, string word) =>
        (language is "ca" && word.Equals("nou", StringComparison.OrdinalIgnoreCase)) || (language is "fr" && word.Equals("neuf", StringComparison.OrdinalIgnoreCase));

    /// <summary>Set phrases that stand for a number: "round-the-clock" (24 hours a day).</summary>
    public static int? Idiom(string language, string word) =>
        language == "en" && word.Equals("round-the-clock", StringComparison.OrdinalIgnoreCase) ? 24 : null;

    /// <summary>
    /// One o'clock, which the cardinals leave out because "un", "une" and "una" are also articles: Spanish and Catalan
    /// « la una » (« a la una de la madrugada », « la una y media »), French « une heure », English "one o'clock", "one in
    /// the afternoon".
    /// </summary>
    public static int? HourOne(string language, string previous, string word, string following)
    {
        ArgumentNullException.ThrowIfNull(following);
        var w = word.ToLowerInvariant();
        var next = following.TrimStart().ToLowerInvariant();
        return language switch
        {
            "es" or "ca" when w == "una" && TextFold.Fold(previous) == "la"
                && (next.Length == 0 || !char.IsLetter(next[0]) || next.StartsWith("de la ", StringComparison.Ordinal) || next.StartsWith("del ", StringComparison.Ordinal)
                    || HourFraction().IsMatch(next) || next.StartsWith("en punt", StringComparison.Ordinal)) => 1,
            "fr" when w == "une" && next.StartsWith("heure", StringComparison.Ordinal) && !next.StartsWith("heures", StringComparison.Ordinal) => 1,
            "en" when w == "one" && (next.StartsWith("o'clock", StringComparison.Ordinal) || next.StartsWith("o’clock", StringComparison.Ordinal)
                || next.StartsWith("in the afternoon", StringComparison.Ordinal) || next.StartsWith("in the morning", StringComparison.Ordinal)) => 1,
            _ => null,
        };
    }

    /// <summary>The multiplier of a scale word following a number ("million", "milliards", "mil millones"), or null.</summary>
    public static decimal? Scale(string language, string word)
    {
        var w = TextFold.Fold(word).TrimEnd('.');
        return w switch
        {
            "million" or "millions" or "millon" or "millones" or "milio" or "milions" or "milione" or "milioni" or "milhao" or "milhoes"
                or "millionen" or "mio" or "mln" => 1_000_000m,
            "milliard" or "milliards" or "milliarde" or "milliarden" or "miliardo" or "miliardi" or "mrd" or "bn" or "mld" => 1_000_000_000m,
            "billion" or "billions" => language is "en" ? 1_000_000_000m : 1_000_000_000_000m,
            "billon" or "billones" or "trillion" or "trillions" => 1_000_000_000_000m,
            "thousand" or "mille" or "tausend" or "mila" => 1_000m,
            "milliers" when language is "fr" => 1_000m,
            "milers" when language is "ca" => 1_000m,
            "mil" when language is "es" or "pt" or "ca" or "gl" => 1_000m,
            _ => null,
        };
    }

    /// <summary>
    /// Adjectives of order that Romance languages may put between a number and its scale word ("les 8 derniers
    /// milliards", "los 3 primeros millones"); English puts them before the number.
    /// </summary>
    public static bool IsOrderingAdjective(string word) => TextFold.Fold(word) is
        "premiers" or "premieres" or "derniers" or "dernieres" or "prochains" or "prochaines" or "autres"
        or "primeros" or "primeras" or "ultimos" or "ultimas" or "proximos" or "proximas" or "otros" or "otras"
        or "primers" or "primeres" or "darrers" or "darreres" or "propers" or "properes" or "altres"
        or "primi" or "ultimi" or "prossimi" or "altri" or "primeiros" or "outros";

    /// <summary>Letters that may follow digits directly without making a code: ordinals, units, decades.</summary>
    public static bool IsNumberSuffix(string letters) => TextFold.Fold(letters) is
        "st" or "nd" or "rd" or "th" or "er" or "re" or "e" or "eme" or "ere" or "o" or "a" or "os" or "as" or "s" or "es" or "ers"
        or "km" or "m" or "cm" or "mm" or "kg" or "g" or "t" or "h" or "min" or "mn" or "sec" or "s" or "l" or "ml" or "ha"
        or "mw" or "gw" or "kw" or "kwh" or "mwh" or "gwh" or "bn" or "k" or "pm" or "am" or "º" or "ª" or "mio" or "mrd" or "md" or "ieme" or "eme"
        or "c" or "f" or "mph" or "kph" or "kmh" or "p";

    /// <summary>« de » or « d' » and a word that is neither a number nor a span of time: what a count of forty is followed by.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^d(?:e\s+|['’])(?!\d)(?!(?:jours?|semaines?|mois|d[ií]as?|semanas?|meses|dies|setmanes|mesos|giorni|settimane|diez|dix|deu|quatorze|catorce|catorze)\b)\p{L}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuarantineOrForty();

    /// <summary>The part of an hour after « la una »: « y media », « i quart », « y diez ».</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[yi]\s+(?:media|cuarto|mitja|quart|\d|diez|cinco|veinte|cinc|deu|vint)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HourFraction();
}
