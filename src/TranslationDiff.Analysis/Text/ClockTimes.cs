using System.Globalization;

namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Clock times among numbers: "23.30", "23:30", "7 p.m." give the hour on a 24-hour clock and the minutes, so
/// "23 h 30", "23.30" and "11:30 p.m." agree. A number followed by money or a percentage is not a time.
/// </summary>
internal static partial class ClockTimes
{
    /// <summary>A clock time ("23.30", "23:30", "7 p.m."): the hour on a 24-hour clock, and the minutes unless they are 00.</summary>
    public static int? Read(string text, int start, int end, List<NumberMention> mentions)
    {
        if (end - start > 2 || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ',' || NumberConventions.IsCurrency(text[start - 1]))))
        {
            return null;
        }

        var hour = int.Parse(text.AsSpan(start, end - start), CultureInfo.InvariantCulture);
        var minutesEnd = end;
        var hasMinutes = end + 2 < text.Length && text[end] is '.' or ':' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2])
            && (end + 3 >= text.Length || !char.IsAsciiDigit(text[end + 3]));
        if (hasMinutes)
        {
            minutesEnd = end + 3;
        }

        var (meridiem, meridiemEnd) = Meridiem(text, minutesEnd);
        // "5.30" with a point and nothing after it is a time only after a word that leads to one ("at 5.30", « a las
        // 17.45 », « de 8.30 a 14.00 »); "compared with 5.30 at the start of November" is a price.
        if (hasMinutes && meridiem is null && text[end] == '.' && !AfterTimeWord(text, start) && !TimetableNounAfter().IsMatch(text[minutesEnd..Math.Min(text.Length, minutesEnd + 20)]))
        {
            return null;
        }

        if ((!hasMinutes && meridiem is null) || hour > 24 || (hasMinutes && int.Parse(text.AsSpan(end + 1, 2), CultureInfo.InvariantCulture) >= 60) || MoneyFollows(text, minutesEnd))
        {
            return null;
        }

        if (meridiem is not null && hour > 12)
        {
            return null;
        }

        var value = meridiem switch
        {
            "pm" when hour < 12 => hour + 12,
            "am" when hour == 12 => 0,
            _ => hour,
        };
        mentions.Add(new NumberMention(start, end - start, text[start..end], value, []));
        if (hasMinutes && text.Substring(end + 1, 2) != "00")
        {
            mentions.Add(new NumberMention(end + 1, 2, text.Substring(end + 1, 2), int.Parse(text.AsSpan(end + 1, 2), CultureInfo.InvariantCulture), []));
        }

        return meridiem is null ? minutesEnd : meridiemEnd;
    }

    /// <summary>
    /// Whether the word before <paramref name="start"/> leads to a time of day ("at", "until", « las », « les », « de », « à »).
    /// A word that only joins ("to", "and", « a », « y », « i », « et ») leads to a time only after one ("from 9.30 to 11.45"):
    /// "raise the crate to 1.35" is a price.
    /// </summary>
    private static bool AfterTimeWord(string text, int start)
    {
        var previous = NumberParser.PreviousWord(text, start);
        return TimeWords.Contains(previous)
            && (!RangeWords.Contains(previous) || TimeBefore().IsMatch(text[Math.Max(0, start - 30)..start]));
    }

    /// <summary>A departure named by its time: "the 7.15 bus", "the 18.40 ferry".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ (?:bus|buses|train|trains|ferry|ferries|flight|flights|coach|service|sailing|departure|boat)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimetableNounAfter();

    /// <summary>Words that join two times of a range, and lead to a time only after one.</summary>
    private static readonly HashSet<string> RangeWords = new(["to", "and", "a", "y", "i", "et"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A time with its minutes (or « h »), then the joining word: "9.30 to ", « 8.30 a ».</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d{1,2}(?:[.:h]\s?\d\d|\s?h)\s*(?:h\s*|hours\s*|horas\s*|hores\s*|heures\s*)?\p{L}+\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeBefore();

    /// <summary>Words a time of day follows in English, Spanish, Catalan and French.</summary>
    private static readonly HashSet<string> TimeWords = new(
        [
            "at", "from", "until", "till", "to", "and", "by", "between", "before", "after", "around", "about", "of", "since",
            "la", "las", "les", "a", "de", "desde", "hasta", "entre", "sobre", "hacia", "fins", "cap", "des", "à", "vers", "dès", "y", "i", "et",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The hour on a 24-hour clock of an hour of the 12-hour clock followed by the part of the day it falls in
    /// (« las diez de la noche », « dix heures du soir », "ten in the evening" are 22), or null when no such words follow.
    /// </summary>
    public static int? LaterHalfOfDay(string text, int end, decimal hour)
    {
        if (hour is < 1 or > 11 || hour != decimal.Truncate(hour))
        {
            return null;
        }

        var marker = PartOfDay(text, end, AfterHour);
        return marker.Words is null || hour < marker.From ? null : (int)hour + 12;
    }

    /// <summary>
    /// Whether an hour of the 12-hour clock is followed by the morning's words (« les vuit del matí », « huit heures du
    /// matin », "seven in the morning").
    /// </summary>
    public static bool InTheMorning(string text, int end, decimal hour) =>
        hour is >= 1 and <= 12 && hour == decimal.Truncate(hour) && PartOfDay(text, end, Morning).Words is not null;

    /// <summary>
    /// Where the words of the part of the day after an hour end (« quatre de la matinada », "ten in the evening"), or
    /// <paramref name="end"/> when none follow.
    /// </summary>
    public static int EndOfPartOfDay(string text, int end)
    {
        var part = PartOfDay(text, end, Morning);
        part = part.Words is null ? PartOfDay(text, end, AfterHour) : part;
        return part.Words is null ? end : part.End;
    }

    /// <summary>
    /// The words of a part of the day that follow the hour, with at most the word for "hours" between (« dix heures du
    /// soir »), the first hour they can follow, and where they end in <paramref name="text"/>.
    /// </summary>
    private static (string Words, int From, int End) PartOfDay(string text, int end, (string Words, int From)[] markers)
    {
        var rest = text[end..Math.Min(text.Length, end + 30)].ToLowerInvariant().Replace('’', '\'');
        var k = 0;
        while (k < rest.Length && (rest[k] == ' ' || char.IsLetter(rest[k])) && !markers.Any(m => rest[k..].StartsWith(m.Words, StringComparison.Ordinal)))
        {
            k++;
        }

        var between = rest[..k].Trim();
        if (between.Length > 0 && between is not ("heures" or "heure" or "hores" or "horas" or "o'clock"))
        {
            return default;
        }

        var (words, from) = markers.FirstOrDefault(m => rest[k..].StartsWith(m.Words, StringComparison.Ordinal));
        return words is null ? default : (words, from, end + k + words.Length);
    }

    private static readonly (string Words, int From)[] Morning =
    [
        ("de la mañana", 1), ("de la madrugada", 1), ("del matí", 1), ("de la matinada", 1), ("du matin", 1), ("in the morning", 1),
    ];

    /// <summary>Words naming the afternoon or the evening after an hour, and the first hour they can follow (« les deux heures du soir » is not said).</summary>
    private static readonly (string Words, int From)[] AfterHour =
    [
        ("de la tarde", 1), ("de la noche", 6), ("de l'après-midi", 1), ("de l'apres-midi", 1), ("du soir", 5),
        ("de la tarda", 1), ("del migdia", 1), ("del mediodía", 1), ("del mediodia", 1), ("del vespre", 5), ("de la nit", 6), ("in the afternoon", 1), ("in the evening", 5), ("at night", 6),
    ];

    /// <summary>"pm", "p.m.", "PM", "p. m." after the number (spaces allowed before it), not followed by another letter.</summary>
    private static (string? Meridiem, int End) Meridiem(string text, int i)
    {
        var k = i;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || char.ToLowerInvariant(text[k]) is not ('a' or 'p'))
        {
            return (null, i);
        }

        var half = char.ToLowerInvariant(text[k]) == 'p' ? "pm" : "am";
        var j = k + 1;
        j += j < text.Length && text[j] == '.' ? 1 : 0;
        j += j + 1 < text.Length && text[j] == ' ' && char.ToLowerInvariant(text[j + 1]) == 'm' && text[j - 1] == '.' ? 1 : 0;
        if (j >= text.Length || char.ToLowerInvariant(text[j]) != 'm')
        {
            return (null, i);
        }

        j++;
        var dotted = j < text.Length && text[j] == '.' && text[j - 2] == '.';
        j += dotted ? 1 : 0;
        return j < text.Length && char.IsLetter(text[j]) ? (null, i) : (half, j);
    }

    /// <summary>
    /// Whether money or a share follows at <paramref name="i"/>, or at the end of the range it opens ("from 9.50 to 12
    /// euros", « de 9,50 a 11 euros »): a price, not a time.
    /// </summary>
    private static bool MoneyFollows(string text, int i)
    {
        var range = RangeEnd().Match(text[i..Math.Min(text.Length, i + 16)]);
        return MoneyAt(text, i) || (range.Success && MoneyAt(text, i + range.Length));
    }

    /// <summary>The rest of a range after its first figure: « to 12 », « a 11 », "- 14,5".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:to|and|a|à|y|i|et|-|–)\s*\d+(?:[.,]\d+)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RangeEnd();

    private static bool MoneyAt(string text, int i)
    {
        var rest = text[i..Math.Min(text.Length, i + 12)].TrimStart().ToLowerInvariant();
        return rest.Length > 0 && (NumberConventions.IsCurrency(rest[0]) || rest[0] == '%' || rest.StartsWith("euro", StringComparison.Ordinal) || rest.StartsWith("dollar", StringComparison.Ordinal)
            || rest.StartsWith("pound", StringComparison.Ordinal) || rest.StartsWith("per", StringComparison.Ordinal) || rest.StartsWith("por", StringComparison.Ordinal)
            || rest.StartsWith("pour", StringComparison.Ordinal) || rest.StartsWith("mill", StringComparison.Ordinal));
    }
}
