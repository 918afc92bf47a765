using System.Globalization;

namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Finds the numbers of a text and reads them in the text's language: "8 000" and "8.000" are 8000 in
/// Spanish, "8,000" is 8000 in English and 8 in French, "4,1 %" is 4.1 in French, "1er" is 1, "1,2 million"
/// is 1 200 000, "deux" is 2. Digits glued to letters that make a code ("F-16", "A400M") are left out.
/// </summary>
internal static partial class NumberParser
{
    public static IReadOnlyList<NumberMention> Parse(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = language.Split('-')[0].ToLowerInvariant();
        var convention = NumberConventions.For(primary);
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i = ReadDigits(text, i, primary, convention, mentions);
            }
            else if (char.IsLetter(text[i]))
            {
                i = ReadWord(text, i, primary, mentions);
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    /// <summary>The value of <paramref name="raw"/> (digits and separators only) in a convention, or null when it is not valid there.</summary>
    public static decimal? Read(string raw, NumberConvention convention)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(convention);
        var separators = new List<(int Index, char Char)>();
        for (var k = 0; k < raw.Length; k++)
        {
            if (!char.IsAsciiDigit(raw[k]))
            {
                separators.Add((k, raw[k]));
            }
        }

        if (separators.Count == 0)
        {
            return decimal.Parse(raw, CultureInfo.InvariantCulture);
        }

        var integerEnd = raw.Length;
        var fraction = string.Empty;
        var last = separators[^1];
        if (last.Char == convention.DecimalMark)
        {
            integerEnd = last.Index;
            fraction = raw[(last.Index + 1)..];
            separators.RemoveAt(separators.Count - 1);
        }

        var integer = raw[..integerEnd];
        if (separators.Count > 0)
        {
            var group = separators[0].Char;
            if (!convention.IsGroupSeparator(group) || separators.Any(s => !SameSeparator(s.Char, group)))
            {
                return null;
            }

            var parts = SplitAt(integer, separators.Select(s => s.Index).ToList());
            if (parts[0].Length is < 1 or > 3 || parts.Skip(1).Any(p => p.Length != 3))
            {
                return null;
            }

            integer = string.Concat(parts);
        }

        var digits = fraction.Length == 0 ? integer : integer + "." + fraction;
        return decimal.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static int ReadDigits(string text, int start, string language, NumberConvention convention, List<NumberMention> mentions)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (ClockTimes.Read(text, start, end, mentions) is { } timeEnd)
        {
            return timeEnd;
        }

        if (end - start <= 2 && !(end + 1 < text.Length && IsSeparator(text[end]) && char.IsAsciiDigit(text[end + 1])))
        {
            // An hour in figures with its part of the day (« les 3 de la tarda », « a las 9 de la mañana ») is read as
            // the same hour in words is: 15, or 3 as written; the morning's as written.
            var written = int.Parse(text.AsSpan(start, end - start), CultureInfo.InvariantCulture);
            if (ClockTimes.LaterHalfOfDay(text, end, written) is { } evening)
            {
                mentions.Add(new NumberMention(start, end - start, text[start..end], evening, [(written, convention)], DayHalf: DayHalf.Evening));
                return end;
            }

            if (ClockTimes.InTheMorning(text, end, written))
            {
                mentions.Add(new NumberMention(start, end - start, text[start..end], written, [], DayHalf: DayHalf.Morning));
                return end;
            }
        }

        while (end + 1 < text.Length && IsSeparator(text[end]) && char.IsAsciiDigit(text[end + 1]))
        {
            var groupEnd = end + 1;
            while (groupEnd < text.Length && char.IsAsciiDigit(text[groupEnd]))
            {
                groupEnd++;
            }

            var spaced = NumberConventions.IsSpace(text[end]) || text[end] == '\'';
            if (spaced && (groupEnd - end - 1 != 3 || CurrentGroupLength(text, start, end) > 3))
            {
                break;
            }

            end = groupEnd;
        }

        var glued = LettersAfter(text, end);
        var afterTime = start > 1 && text[start - 1] is 'h' or 'H' && char.IsAsciiDigit(text[start - 2]);
        var precededByLetter = !afterTime && start > 0 && ((char.IsLetter(text[start - 1]) && !AfterGluedFunctionWord(text, start)) || (text[start - 1] is '-' && start > 1 && char.IsLetter(text[start - 2]) && !AgeBand(text, start - 1)));
        var isCode = precededByLetter || (glued.Length > 0 && !NumberWords.IsNumberSuffix(glued) && !IsTimeSeparator(text, end, glued));
        if (isCode)
        {
            var skip = end + glued.Length;
            while (skip < text.Length && (char.IsLetterOrDigit(text[skip]) || text[skip] == '-'))
            {
                skip++;
            }

            return skip;
        }

        var raw = string.Concat(text[start..end].Select(c => NumberConventions.IsSpace(c) ? ' ' : c));
        var value = Read(raw, convention);
        var alternatives = NumberConventions.Others(convention)
            .Select(c => (Value: Read(raw, c), Convention: c))
            .Where(a => a.Value is not null && a.Value != value)
            .Select(a => (a.Value!.Value, a.Convention))
            .GroupBy(a => a.Value)
            .Select(g => g.First())
            .ToList();
        if (value is >= 0 and < 100 && end - start == 2 && YearBefore(text, start) is { } year && value > year % 100)
        {
            // "the 2025-26 season": the second year of a range written with its last two digits.
            alternatives = [.. alternatives, (year - (year % 100) + value.Value, convention)];
        }

        var length = end - start;
        var (scale, scaleEnd) = ScaleAfter(text, end, language);
        if (scale is null && start > 0 && NumberConventions.IsCurrency(text[start - 1]) && glued is "m" or "M" or "k" or "K" && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])))
        {
            // "£30m", "$5M", "$5k": after a currency sign, a glued "m" is millions and "k" thousands, not metres.
            (scale, scaleEnd) = (glued is "m" or "M" ? 1_000_000m : 1_000m, end + 1);
        }

        if (scale is null && value is not null && glued.Length == 0 && RangeScale(text, end, language) is { } shared)
        {
            // « d'1,1 a 2,3 milions », "from 1.1 to 2.3 million": the first bound of a range shares the scale word of the second.
            alternatives = [(value.Value, convention), .. alternatives.Select(a => (a.Value * shared, a.Convention))];
            value *= shared;
        }

        if (scale is not null)
        {
            length = scaleEnd - start;
            value *= scale;
            alternatives = alternatives.Select(a => (a.Value * scale.Value, a.Convention)).ToList();
        }

        mentions.Add(new NumberMention(start, length, text.Substring(start, length), value, alternatives));
        return end + (scale is null ? glued.Length : scaleEnd - end);
    }

    /// <summary>The unit of a Spanish number from thirty on (" y cinco", " y una"), with the position after it, or null.</summary>
    private static (int Unit, int End)? SpanishUnitAfter(string text, int end)
    {
        if (!text.AsSpan(end).StartsWith(" y ", StringComparison.Ordinal))
        {
            return null;
        }

        var from = end + 3;
        var to = from;
        while (to < text.Length && char.IsLetter(text[to]))
        {
            to++;
        }

        var unit = text[from..to].ToLowerInvariant() is "un" or "uno" or "una" ? 1 : NumberWords.Cardinal("es", text[from..to]);
        return unit is >= 1 and <= 9 ? (unit.Value, to) : null;
    }

    /// <summary>
    /// A French, Spanish or Catalan number of hundreds in words, 101 to 999, from <paramref name="start"/>: the hundreds
    /// (« cent », « deux cents », « ciento », « trescientos », « dos-cents ») and the tens or units after them
    /// (« quarante », « cuarenta y dos », « vint-i-u » aside). Hundreds alone are left out (« cent » also closes « pour cent »).
    /// </summary>
    private static (int Value, int End)? Hundreds(string text, int start, int end, string language)
    {
        if (language is not ("fr" or "es" or "ca" or "en"))
        {
            return null;
        }

        var word = text[start..end].ToLowerInvariant();
        int? count = HundredsWord(language, word);
        if (language == "en")
        {
            // "one hundred and forty", "two hundred forty".
            count = null;
            if ((word is "a" or "one" ? 1 : NumberWords.Cardinal("en", word) is >= 2 and <= 9 and var n ? n : (int?)null) is { } times
                && NextWord(text, end) is { } hundred && text[hundred.Start..hundred.End].Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                (count, end) = (times, hundred.End);
                if (NextWord(text, end) is { } and && text[and.Start..and.End] == "and")
                {
                    end = and.End;
                }
            }
        }

        if (count is null && NumberWords.Cardinal(language, word) is >= 2 and <= 9 and var multiplier && language == "fr"
            && NextWord(text, end) is { } cents && HundredsWord(language, text[cents.Start..cents.End].ToLowerInvariant()) == 1)
        {
            (count, end) = (multiplier, cents.End);
        }

        if (count is not { } hundreds || NextWord(text, end) is not { } rest || NumberWords.Cardinal(language, text[rest.Start..rest.End]) is not { } remainder || remainder > 99)
        {
            return null;
        }

        var value = (hundreds * 100) + remainder;
        var restEnd = rest.End;
        if (language is "es" && remainder is >= 30 and <= 90 && remainder % 10 == 0 && SpanishUnitAfter(text, restEnd) is { Unit: var unit, End: var unitEnd })
        {
            (value, restEnd) = (value + unit, unitEnd);
        }

        return (value, restEnd);
    }

    /// <summary>How many hundreds a word names: « cent », « cien », « ciento » one; « trescientos », « dos-cents » three and two.</summary>
    private static int? HundredsWord(string language, string word) => language switch
    {
        "fr" => word is "cent" or "cents" ? 1 : null,
        "es" => word switch
        {
            "cien" or "ciento" => 1,
            "quinientos" or "quinientas" => 5,
            "setecientos" or "setecientas" => 7,
            "novecientos" or "novecientas" => 9,
            _ when word.EndsWith("cientos", StringComparison.Ordinal) || word.EndsWith("cientas", StringComparison.Ordinal)
                => NumberWords.Cardinal("es", word[..^7]) is >= 2 and <= 8 and var n ? n : null,
            _ => null,
        },
        "ca" => word switch
        {
            "cent" => 1,
            _ when word.EndsWith("-cents", StringComparison.Ordinal) || word.EndsWith("-centes", StringComparison.Ordinal)
                => NumberWords.Cardinal("ca", word[..word.LastIndexOf('-')]) is >= 2 and <= 9 and var n ? n : null,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The word after one space from <paramref name="end"/>, letters and inner hyphens, or null.</summary>
    private static (int Start, int End)? NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLetter(text[end + 1]))
        {
            return null;
        }

        return (end + 1, WordEnd(text, end + 1));
    }

    /// <summary>Where the word of letters and inner hyphens that starts at <paramref name="start"/> ends.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static int ReadWord(string text, int start, string language, List<NumberMention> mentions)
    {
        var end = WordEnd(text, start);
        var word = text[start..end];
        if (Hundreds(text, start, end, language) is { Value: var hundreds, End: var hundredsEnd })
        {
            // « cent quarante », « ciento cuarenta », « dos-cents vint »: a number of hundreds in words is as plain a figure
            // as one in digits.
            mentions.Add(new NumberMention(start, hundredsEnd - start, text[start..hundredsEnd], hundreds, []));
            return hundredsEnd;
        }

        var cardinal = NumberWords.Cardinal(language, word) ?? NumberWords.HourOne(language, PreviousWord(text, start), word, text[end..Math.Min(text.Length, end + 20)]);
        if (language is "es" && cardinal is >= 30 and <= 90 && cardinal % 10 == 0 && SpanishUnitAfter(text, end) is { Unit: var unit, End: var unitEnd })
        {
            // « cuarenta y cinco »: from thirty on, Spanish writes the tens and the unit as three words.
            cardinal += unit;
            end = unitEnd;
            word = text[start..end];
        }
        if (cardinal is not null && NumberWords.AlsoAnAdjective(language, word) && !CountsWhatFollows(text, end) && TextFold.Fold(PreviousWord(text, start)) is not ("les" or "a"))
        {
            // Catalan « nou », French « neuf » are also "new": nine only before what they count (« nou gossos », « neuf ans »)
            // or as an hour (« a les nou »).
            cardinal = null;
        }

        if (cardinal is null && word.IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen && NumberWords.Cardinal(language, word[..hyphen]) is { } modifier)
        {
            // "a ten-tier tower", "a three-year plan": a number word joined to the noun it counts.
            mentions.Add(new NumberMention(start, hyphen, word[..hyphen], modifier, [], IsWord: true));
            return end;
        }

        // The second of two decades joined by a conjunction is one too (« los años sesenta y setenta »).
        var previous = PreviousWord(text, start);
        if (TextFold.Fold(previous) is "y" or "i" or "e" or "et" or "and" && mentions.Count > 0 && mentions[^1] is { IsWord: true, Value: >= 1920 and <= 1990 } last
            && text[(last.Start + last.Length)..start].Trim() == previous)
        {
            previous = "anys";
        }

        if (NumberWords.DecadeInWords(language, previous, word, text[end..Math.Min(text.Length, end + 12)]) is { } decade)
        {
            // A decade in words ("the eighties", « els anys vuitanta ») reads as its year in this century and the last.
            // In English, "in their thirties" is also an age.
            var convention = NumberConventions.For(language);
            List<(decimal, NumberConvention)> readings = language is "en" ? [(2000 + decade, convention), (decade, convention)] : [(2000 + decade, convention)];
            mentions.Add(new NumberMention(start, end - start, word, 1900 + decade, readings, IsWord: true));
        }
        else if (language is "ca" && QuarterCount(word) is { } quarters && CatalanQuartersAfter().IsMatch(text[end..Math.Min(text.Length, end + 16)]))
        {
            // « dos quarts de set »: the quarters are the minutes past the hour before (half past six), here 30.
            mentions.Add(new NumberMention(start, end - start, word, quarters * 15, cardinal is null ? [] : [(cardinal.Value, NumberConventions.For(language))], IsWord: true));
        }
        else if (cardinal is not null && language is "ca" && cardinal <= 12 && CatalanQuarters().IsMatch(text[Math.Max(0, start - 16)..start]))
        {
            // « un quart de dotze » is a quarter past eleven: Catalan counts the quarters towards the coming hour, and
            // « dos quarts de set de la tarda » is half past six in the evening, 18.
            var before = cardinal.Value == 1 ? 12 : cardinal.Value - 1;
            var clock = ClockTimes.LaterHalfOfDay(text, end, before) ?? before;
            List<(decimal, NumberConvention)> asWritten = clock == before ? [(cardinal.Value, NumberConventions.For(language))] : [(before, NumberConventions.For(language)), (cardinal.Value, NumberConventions.For(language))];
            if (clock == before && before < 12 && !ClockTimes.InTheMorning(text, end, cardinal.Value))
            {
                // With no part of the day, « dos quarts de dues » may be the afternoon's too: "1.30pm".
                asWritten.Add((before + 12, NumberConventions.For(language)));
            }

            mentions.Add(new NumberMention(start, end - start, word, clock, asWritten, IsWord: true, DayHalf: clock > 12 ? DayHalf.Evening : null));
        }
        else if ((cardinal ?? OneBeforeScale(word, PreviousWord(text, start))) is { } count && ScaleAfter(text, end, language, adjectiveAllowed: false) is { Scale: { } wordScale, End: var wordScaleEnd } && wordScale >= 1_000_000m)
        {
            // « tres milions », "two million", and « un milió », "a million" (the article before a scale word is one): a
            // number word with its scale word is the whole figure, and counts as one written in digits.
            mentions.Add(new NumberMention(start, wordScaleEnd - start, text[start..wordScaleEnd], count * wordScale, []));
            return wordScaleEnd;
        }
        else if (cardinal is not null && ClockTimes.LaterHalfOfDay(text, end, cardinal.Value) is { } hour)
        {
            // An hour in words with its part of the day ("las diez de la noche") is a time: 22, or 10 as written.
            mentions.Add(new NumberMention(start, end - start, word, hour, [(cardinal.Value, NumberConventions.For(language))], IsWord: true, DayHalf: DayHalf.Evening));
        }
        else if (cardinal is not null && ClockTimes.InTheMorning(text, end, cardinal.Value))
        {
            // "seven in the morning", « les vuit del matí »: the hour as written, and not the evening's.
            mentions.Add(new NumberMention(start, end - start, word, cardinal.Value, [], IsWord: true, DayHalf: DayHalf.Morning));
        }
        else if (cardinal is not null && NumberWords.InWeeks(language, cardinal.Value, text[end..Math.Min(text.Length, end + 8)]) is { } weeks)
        {
            // « quinze jours » is also "two weeks", « huit jours » "a week".
            mentions.Add(new NumberMention(start, end - start, word, cardinal.Value, [(weeks, NumberConventions.For(language))], IsWord: true));
        }
        else if (cardinal is not null)
        {
            mentions.Add(new NumberMention(start, end - start, word, cardinal.Value, [], IsWord: true));
        }
        else if (NumberWords.Collective(language, PreviousWord(text, start), word, text[end..Math.Min(text.Length, end + 24)]) is { } about)
        {
            // « une vingtaine de minutes » is about 20, as « unos 20 minutos ».
            mentions.Add(new NumberMention(start, end - start, word, about, [], IsWord: true, IsApproximate: true));
        }
        else if (RomanNumerals.Read(text, start, word) is { } roman)
        {
            // « XVIIe siècle », « siglo XVII »: the 17th century.
            mentions.Add(new NumberMention(start, end - start, word, roman, [], IsWord: true));
        }
        else if ((NumberWords.Ordinal(language, word) ?? NumberWords.Idiom(language, word)) is { } soft)
        {
            // "second seed" for « tête de série numéro 2 », "round-the-clock" for « 24 heures sur 24 »: these words can stand
            // for a number written elsewhere, but are not counted themselves ("a second" is also a moment).
            mentions.Add(new NumberMention(start, end - start, word, soft, [], IsWord: true, IsApproximate: true));
        }
        else if (NumberWords.Standing(language, word, text[end..Math.Min(text.Length, end + 16)], PreviousWord(text, start)) is { } standing)
        {
            // « la moitié » for « el 50 % », « cero » for "0": an answer, not a count.
            mentions.Add(new NumberMention(start, end - start, word, standing, [], IsWord: true, IsApproximate: true));
        }

        if (end < text.Length && char.IsAsciiDigit(text[end]) && GluedFunctionWords.Contains(word))
        {
            // « près de12 000 emplois »: a preposition or article glued to the number (the glued-words check reports the
            // slip); the number after it is read as written.
            return end;
        }

        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether the letters right before <paramref name="start"/> (a letter stands there) are a whole word of <see cref="GluedFunctionWords"/> (« de12 000 »).</summary>
    private static bool AfterGluedFunctionWord(string text, int start) => GluedFunctionWords.Contains(PreviousWord(text, start));

    /// <summary>
    /// Lower-case prepositions and articles that a slip can glue to the number after them (« de12 000 », "of450"); a
    /// code joins capitals or a noun to its digits ("F-16", "A400M", "mp3").
    /// </summary>
    private static readonly HashSet<string> GluedFunctionWords = new(
        [
            "de", "del", "des", "du", "à", "a", "al", "en", "el", "la", "le", "les", "las", "los", "els", "un", "una", "une", "y", "i", "et",
            "of", "the", "to", "in", "at", "by", "for", "from", "with", "and", "per", "par", "por", "para", "sur", "amb", "con", "dels", "près",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// The scale word after a number, as a multiplier: "1,2 million", "1.2-billion-pixel" (joined by a hyphen),
    /// "mil millones" (two scale words), and "les 8 derniers milliards" (one ordering adjective between the number
    /// and its scale word, as French and the other Romance languages may place it).
    /// </summary>
    /// <summary>
    /// The article or "one" before a scale word (« un milió », « un million », "a million"), read as one; else null, and
    /// null after "half" ("half a million" is not a million).
    /// </summary>
    private static int? OneBeforeScale(string word, string previous) =>
        TextFold.Fold(word) is "un" or "une" or "una" or "uno" or "one" or "a" or "an" && TextFold.Fold(previous) is not ("half" or "mig" or "mitja" or "medio" or "media" or "demi")
            ? 1
            : null;

    private static (decimal? Scale, int End) ScaleAfter(string text, int end, string language, bool adjectiveAllowed = true)
    {
        decimal? scale = null;
        var position = end;
        for (var words = 0; words < 2; words++)
        {
            var wordStart = position;
            while (wordStart < text.Length && NumberConventions.IsSpace(text[wordStart]))
            {
                wordStart++;
            }

            var hyphenated = words == 0 && wordStart == position && wordStart + 1 < text.Length && text[wordStart] == '-' && char.IsLetter(text[wordStart + 1]);
            if (hyphenated)
            {
                wordStart++;
            }

            var wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd < text.Length && text[wordEnd] is '·' or '‧' or '•')
            {
                // « 29 mil·límetres »: the Catalan geminate dot continues the word, which is not « mil ».
                break;
            }

            if (wordEnd < text.Length && text[wordEnd] == '.' && wordEnd - wordStart <= 3)
            {
                wordEnd++;
            }

            var word = text[wordStart..wordEnd];
            var factor = word.Length > 0 ? NumberWords.Scale(language, word) : null;
            if (factor is null && words == 0 && adjectiveAllowed && !hyphenated && wordStart > position && NumberWords.IsOrderingAdjective(word))
            {
                var (after, afterEnd) = ScaleAfter(text, wordEnd, language, adjectiveAllowed: false);
                return after is null ? (null, end) : (after, afterEnd);
            }

            if (factor is null || (wordStart == position && wordStart > end))
            {
                break;
            }

            scale = (scale ?? 1m) * factor.Value;
            position = wordEnd;
        }

        return (scale, position);
    }

    /// <summary>The scale word of the second number of a range that starts right after <paramref name="end"/> (" a 2,3 milions", " to 2.3 million"), or null.</summary>
    private static decimal? RangeScale(string text, int end, string language)
    {
        var match = RangeSecond().Match(text, end);
        if (!match.Success || match.Index != end)
        {
            return null;
        }

        return ScaleAfter(text, match.Index + match.Length, language, adjectiveAllowed: false).Scale;
    }

    /// <summary>The year (1900–2099) written just before a hyphen, dash or slash that ends at <paramref name="start"/> ("2025-"), or null.</summary>
    private static decimal? YearBefore(string text, int start)
    {
        if (start < 5 || text[start - 1] is not ('-' or '–' or '/') || (start >= 6 && char.IsAsciiDigit(text[start - 6])))
        {
            return null;
        }

        var digits = text.AsSpan(start - 5, 4);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2099 ? year : null;
    }

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> joins an age band's word to its number ("under-16s", "over-65s", « sub-21 »), which is no code.</summary>
    private static bool AgeBand(string text, int hyphen) => TextFold.Fold(PreviousWord(text, hyphen)) is "under" or "over" or "sub";

    /// <summary>Whether the word after <paramref name="end"/> is a plural the number counts (« gossos », « ans »), a scale or per cent, or the part of the day of an hour (« nou del matí »).</summary>
    private static bool CountsWhatFollows(string text, int end)
    {
        var following = WordTokenizer.Tokenize(text[end..Math.Min(text.Length, end + 30)]);
        var next = following.Count > 0 ? following[0] : default;
        var after = text[end..Math.Min(text.Length, end + 16)].TrimStart();
        return (next.Text is { Length: > 0 } word && text[end..(end + next.Start)].Trim().Length == 0
            && (word.EndsWith('s') || word.EndsWith('x') || NumberWords.Scale("ca", word) is not null || word is "per" or "pour"))
            || after.StartsWith("del matí", StringComparison.Ordinal) || after.StartsWith("de la ", StringComparison.Ordinal) || after.StartsWith("du matin", StringComparison.Ordinal)
            || after.StartsWith("h ", StringComparison.Ordinal) || after.StartsWith("h.", StringComparison.Ordinal);
    }

    /// <summary>The word right before <paramref name="start"/>, past any spaces (empty when none).</summary>
    internal static string PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && NumberConventions.IsSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }

    private static string LettersAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && (char.IsLetter(text[k]) || text[k] is 'º' or 'ª'))
        {
            k++;
        }

        return text[end..k];
    }

    private static bool IsTimeSeparator(string text, int end, string glued) =>
        glued is "h" or "H" && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);

    private static bool IsSeparator(char c) => c is '.' or ',' or '\'' || NumberConventions.IsSpace(c);

    private static bool SameSeparator(char a, char b) => a == b || (NumberConventions.IsSpace(a) && NumberConventions.IsSpace(b));

    private static int CurrentGroupLength(string text, int start, int end)
    {
        var k = end;
        while (k > start && char.IsAsciiDigit(text[k - 1]))
        {
            k--;
        }

        return k == start ? end - start : 0;
    }

    private static List<string> SplitAt(string s, List<int> indices)
    {
        var parts = new List<string>();
        var from = 0;
        foreach (var index in indices)
        {
            parts.Add(s[from..index]);
            from = index + 1;
        }

        parts.Add(s[from..]);
        return parts;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:\s*[-–]\s*|\s+(?:a|à|al|au|to|and|y|i|et|e|o|ou|or)\s+)\d+(?:[.,]\d+)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RangeSecond();

    /// <summary>The number of quarters « un », « dos », « tres » count in « dos quarts de set », or null.</summary>
    private static int? QuarterCount(string word) => TextFold.Fold(word) switch { "un" => 1, "dos" => 2, "tres" => 3, _ => null };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+quarts?\s+(?:i\s+mig\s+)?(?:de\s+|d['’])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CatalanQuartersAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bquarts?\s+(?:de\s+|d['’])$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CatalanQuarters();
}
