using System.Globalization;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Matches the numbers of one edition against the reference's, group by group, by value.</summary>
internal sealed partial class NumberComparison(DetectionContext context, Edition edition, Edition reference)
{
    private readonly NumberConvention _own = NumberConventions.For(edition.Language);
    private readonly NumberConvention _theirs = NumberConventions.For(reference.Language);

    public IEnumerable<Finding> Compare(AlignmentGroup group)
    {
        var mine = Mentions(edition, group);
        var theirs = Mentions(reference, group);
        // The group's own mentions, before matching takes any out: the witnesses for spelled-out numbers in a one-to-one group.
        var groupMine = mine.Select(l => l.Mention).ToList();
        var groupTheirs = theirs.Select(l => l.Mention).ToList();
        if (group.MembersOf(edition).Count == 0 || group.MembersOf(reference).Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        // Equal values first, and readings in the edition's own convention (the "2026" of "2025-26"); then readings in
        // another locale's convention, which are format findings.
        foreach (var (m, t) in Match(mine, theirs, (m, t) => m.Mention.Value is not null && (m.Mention.Value == t.Mention.Value || (!m.Mention.IsWord && m.Mention.Alternatives.Any(a => a.Value == t.Mention.Value && a.Convention == _own)))))
        {
            // The same figure with another unit of its kind (« 2,4 kilómetros » for "2.4-mile"): the unit was swapped, not converted.
            if (m.Mention.Value == t.Mention.Value && UnitConversions.Swapped(edition, m.Paragraph, m.Mention, reference, t.Paragraph, t.Mention) is { } units)
            {
                var message = $"“{m.Mention.Text} {units.Mine}” keeps the original's figure but not its unit (« {t.Mention.Text} {units.Theirs} »): convert the figure or keep the unit.";
                findings.Add(Create(m, (CheckIds.Numbers, Categories.Mistranslation, Severity.Major), message, t));
            }
        }

        foreach (var (m, t) in Match(mine, theirs, (m, t) => !m.Mention.IsWord && t.Mention.Value is not null && m.Mention.Alternatives.Any(a => a.Value == t.Mention.Value && a.Convention != _own)))
        {
            findings.Add(LocaleFinding(m, t));
        }

        var index = IndexOf(group);
        var nearTheirs = Nearby(reference, index);
        var nearMine = Nearby(edition, index);
        // A count of decades is ten times as many years (« cuatro décadas » is « quarante ans »).
        var mineYears = InYears(edition, mine);
        var theirYears = InYears(reference, theirs);
        mine.RemoveAll(m => mineYears.Any(y => y.Paragraph == m.Paragraph && y.Mention.Start == m.Mention.Start && nearTheirs.Any(n => n.CanMean(y.Mention.Value!.Value))));
        theirs.RemoveAll(t => theirYears.Any(y => y.Paragraph == t.Paragraph && y.Mention.Start == t.Mention.Start && nearMine.Any(n => n.CanMean(y.Mention.Value!.Value))));
        nearTheirs.AddRange(theirYears.Select(y => y.Mention));
        nearMine.AddRange(mineYears.Select(y => y.Mention));
        var extra = mine.Where(m => !m.Mention.IsWord && m.Mention.Value is { } v && !nearTheirs.Any(n => n.CanMean(v))).ToList();
        // The short second year of the original's range ("85" of "1984-85") is there when this edition writes the full year.
        var missing = theirs.Where(t => !t.Mention.IsWord && t.Mention.Value is { } v && !nearMine.Any(n => n.CanMean(v) || (v < 100 && n.Value is >= 1000 and var year && t.Mention.CanMean(year)))).ToList();
        extra.RemoveAll(m => UnitConversions.InBrackets(edition, m.Paragraph, m.Mention) || WrittenOtherwise(reference, group, m.Mention));
        missing.RemoveAll(t => UnitConversions.InBrackets(reference, t.Paragraph, t.Mention) || UnitConversions.Glossed(reference, t.Paragraph, t.Mention) || WrittenOtherwise(edition, group, t.Mention));
        foreach (var m in extra.ToList())
        {
            // « 2,5 » after « 3 milions d'euros » is 2.5 million: the scale word is said once for both; and "two miles"
            // as « tres kilómetros » is the same distance in the reader's units.
            var t = missing.FirstOrDefault(t => ElidedScale(m, t) || UnitConversions.Converted(edition, m.Paragraph, m.Mention, reference, t.Paragraph, t.Mention));
            if (t is not null)
            {
                extra.Remove(m);
                missing.Remove(t);
            }
        }

        var paired = Math.Min(extra.Count, missing.Count);
        for (var i = 0; i < paired; i++)
        {
            findings.Add(Changed(extra[i], missing[i]));
        }

        // Numbers in words are left out above ("un", "one" double as articles), but one spelled-out number of two or
        // more on each side, matching nothing nearby, is one number changed (« onze jours » as "seven days"). A collective
        // numeral is a round figure (« une quinzaine de jours » is also "two weeks"), not a count to compare.
        // In a one-to-one group the aligned paragraph alone is the witness: small counts recur in the paragraphs around it
        // (« sis mesos » here, « tres anys » in the next paragraph).
        var oneToOne = group.MembersOf(edition).Count == 1 && group.MembersOf(reference).Count == 1;
        var wordsTheirs = oneToOne ? [.. groupTheirs, .. theirYears.Select(y => y.Mention)] : nearTheirs;
        var wordsMine = oneToOne ? [.. groupMine, .. mineYears.Select(y => y.Mention)] : nearMine;
        // A decade in words (« anys seixanta », 1960) counts here too.
        var extraWords = mine.Where(m => ComparableWord(m.Mention) && !wordsTheirs.Any(n => n.Agrees(m.Mention))).ToList();
        var missingWords = theirs.Where(t => ComparableWord(t.Mention) && !wordsMine.Any(n => n.Agrees(t.Mention))).ToList();
        // An hour whose figure matches the original's but whose part of the day does not ("four in the afternoon" for
        // « las cuatro de la madrugada ») is changed whatever else the paragraph changes.
        foreach (var m in extraWords.Where(m => m.Mention.DayHalf is not null).ToList())
        {
            var t = missingWords.FirstOrDefault(t => t.Mention.DayHalf is { } half && half != m.Mention.DayHalf && SameHourAsWritten(m.Mention, t.Mention));
            if (t is not null)
            {
                findings.Add(Changed(m, t));
                extraWords.Remove(m);
                missingWords.Remove(t);
            }
        }

        if (extraWords.Count == 1 && missingWords.Count == 1 && extra.Count == 0 && missing.Count == 0
            && !UnitConversions.Converted(edition, extraWords[0].Paragraph, extraWords[0].Mention, reference, missingWords[0].Paragraph, missingWords[0].Mention))
        {
            findings.Add(Changed(extraWords[0], missingWords[0]));
        }

        // The original's « nou » or « neuf » that is nine, which this edition read as "new" or "again" and every other
        // edition of the group reads as nine: the count was lost (« l'equip, de nou persones » as « el equipo, de nuevo
        // personas »).
        if (extraWords.Count == 0 && missingWords.Count == 1 && extra.Count == 0 && missing.Count == 0 && oneToOne
            && NumberWords.AlsoAnAdjective(LanguageTag.Primary(reference.Language), missingWords[0].Mention.Text)
            && group.MembersOf(edition).Select(i => (Index: i, Word: NewOrAgain().Match(edition.Paragraphs[i].Text))).FirstOrDefault(h => h.Word.Success) is { Word: not null } found
            && WitnessedByAll(missingWords[0].Mention, group))
        {
            var t = missingWords[0];
            var (holding, word) = found;
            var message = $"“{word.Value}” stands where the original counts « {t.Mention.Text} » ({t.Mention.Value:0}), which the other editions read as {t.Mention.Value:0}: the number was read as “new” or “again”.";
            findings.Add(FindingFactory.Create(context, edition, holding, word.Index, word.Length, (CheckIds.Numbers, Categories.Mistranslation, Severity.Major), message, Evidence(t)));
        }

        findings.AddRange(extra.Skip(paired).Select(Extra));
        findings.AddRange(missing.Skip(paired).Select(t => Missing(t, group)));
        return findings;
    }

    /// <summary>Whether every edition of the group besides this one and the reference, one at least, gives the number too.</summary>
    private bool WitnessedByAll(NumberMention mention, AlignmentGroup group)
    {
        var others = context.Editions.Where(e => !ReferenceEquals(e, edition) && !ReferenceEquals(e, reference) && group.MembersOf(e).Count > 0).ToList();
        return others.Count > 0 && others.All(e => Mentions(e, group).Any(l => l.Mention.Agrees(mention)));
    }

    /// <summary>A spelled-out count of two to ninety-nine, or a decade in words, that is no round figure.</summary>
    private static bool ComparableWord(NumberMention mention) =>
        mention.IsWord && !mention.IsApproximate && mention.Value is (>= 2 and < 100) or (>= 1900 and < 2000);

    /// <summary>Whether two hours in words name the same hour of the clock face (16 as written "four" and 4).</summary>
    private static bool SameHourAsWritten(NumberMention a, NumberMention b) =>
        a.Value is { } x && b.Value is { } y && (x % 12 == y % 12 || a.CanMean(y) || b.CanMean(x));

    /// <summary>
    /// Whether the two numbers differ by a scale (thousand, million, billion) that the side with the smaller one writes
    /// elsewhere in its paragraph: the scale word is said once for several figures (« 3 milions ... uns altres 2,5 »).
    /// </summary>
    private bool ElidedScale(Located m, Located t)
    {
        if (m.Mention.Value is not { } a || t.Mention.Value is not { } b || a <= 0 || b <= 0 || a == b)
        {
            return false;
        }

        var (small, large, smallEdition) = a < b ? (m, b, edition) : (t, a, reference);
        var ratio = large / small.Mention.Value!.Value;
        if (ratio is not (1_000m or 1_000_000m or 1_000_000_000m) || small.Mention.Text.Any(char.IsLetter))
        {
            return false;
        }

        var text = smallEdition.Paragraphs[small.Paragraph].Text;
        return WordTokenizer.Tokenize(text).Any(w => NumberWords.Scale(LanguageTag.Primary(smallEdition.Language), w.Text) == ratio);
    }

    /// <summary>
    /// Whether the other side writes the number in a way the parser does not count: 1 as the word "one" or an article
    /// (« un minuto », « un gigawatt »), which double as articles and are never read as numbers; or as a road's number
    /// ("the D67" for « la route départementale 67 »).
    /// </summary>
    private static bool WrittenOtherwise(Edition other, AlignmentGroup group, NumberMention mention)
    {
        if (mention.Value is not { } value || value != decimal.Truncate(value) || value < 1)
        {
            return false;
        }

        var digits = value.ToString("0", CultureInfo.InvariantCulture);
        foreach (var text in group.For(other.Language).Where(i => i >= 0 && i < other.Paragraphs.Count).Select(i => other.Paragraphs[i].Text))
        {
            if (value == 1 && WordTokenizer.Tokenize(text).Any(w => TextFold.Fold(w.Text) is "one" or "un" or "une" or "una" or "uno" or "um" or "uma"))
            {
                return true;
            }

            if (RoadNumber().Matches(text).Any(m => m.Groups["n"].Value == digits))
            {
                return true;
            }

            // Noon and midnight said in words (« de 9 heures à midi » for « a les 12 del migdia »).
            if ((value == 12 && Noon().IsMatch(text)) || (value is 0 or 24 && Midnight().IsMatch(text)))
            {
                return true;
            }

            // An hour of the evening as Spanish and Catalan say it, on the twelve-hour dial and often with no part of the
            // day (« en lloc de les set » for « au lieu de 19 heures »); « set » and « nou » are also words, so the
            // parser leaves them.
            if (value <= 24 && LanguageTag.Primary(other.Language) is "es" or "ca"
                && SpokenHour().Matches(text).Any(m => NumberWords.Cardinal(LanguageTag.Primary(other.Language), m.Groups["n"].Value) is { } hour
                    && (hour == value || (hour + 12 == value && !m.Groups["morning"].Success))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An hour after its article, « las nueve », « les set »: the word that may be its number, and whether the morning follows.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Ll]as|[Ll]es) (?<n>\p{Ll}+)\b(?<morning> (?:de la mañana|de la madrugada|del matí|de la matinada))?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpokenHour();

    /// <summary>Noon as a word: « midi », « mediodía », « migdia », "noon", "midday".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?i:midi|mediodía|migdia|noon|midday)(?![\p{L}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Noon();

    /// <summary>Midnight as a word: « minuit », « medianoche », « mitjanit », "midnight".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?i:minuit|medianoche|mitjanit|midnight)(?![\p{L}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Midnight();

    /// <summary>The words for "new" and "again" that « nou » and « neuf » become when read as adjectives.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?i:nuev[oa]s?|de nuevo|nou|nova|nous|noves|de nou|nouvea?ux?|nouvelles?|neufs?|neuves?|new|again)(?![\p{L}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NewOrAgain();

    /// <summary>A road's number: one or two capitals and digits, with or without a hyphen ("D67", « N-340 », « AP-7 »).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{1,2}-?(?<n>\d{1,4})(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RoadNumber();

    private static List<(Located, Located)> Match(List<Located> mine, List<Located> theirs, Func<Located, Located, bool> agree)
    {
        var pairs = new List<(Located, Located)>();
        foreach (var m in mine.ToList())
        {
            var t = theirs.FirstOrDefault(t => agree(m, t));
            if (t is not null)
            {
                mine.Remove(m);
                theirs.Remove(t);
                pairs.Add((m, t));
            }
        }

        return pairs;
    }

    private Finding LocaleFinding(Located m, Located t)
    {
        var meant = t.Mention.Value!.Value;
        var reading = m.Mention.Value is { } v ? $" reads as {Write(v, _own)} in {_own.Name} but" : string.Empty;
        var severity = m.Mention.Value is null ? Severity.Minor : Severity.Major;
        var message = $"“{m.Mention.Text}”{reading} is written in another locale's format; the original has {t.Mention.Text}: write {Write(meant, _own)}.";
        return Create(m, (CheckIds.Numbers, Categories.NumberFormat, severity), message, t);
    }

    private Finding Changed(Located m, Located t)
    {
        if (m.Mention.DayHalf is { } mine && t.Mention.DayHalf is { } theirs && mine != theirs)
        {
            // The span takes in the words of the part of the day, where the change lies (« quatre de la matinada » for "four in the afternoon").
            var text = edition.Paragraphs[m.Paragraph].Text;
            var end = ClockTimes.EndOfPartOfDay(text, m.Mention.Start + m.Mention.Length);
            var hour = $"The hour “{text[m.Mention.Start..end]}” is in the {Half(mine)} here; the original's « {t.Mention.Text} » is in the {Half(theirs)} ({Hour(t.Mention)}).";
            return FindingFactory.Create(context, edition, m.Paragraph, m.Mention.Start, end - m.Mention.Start,
                (CheckIds.Numbers, Categories.Mistranslation, Severity.Major), hour, Evidence(t));
        }

        var message = $"The number {Describe(m.Mention, _own)} differs from the original's {Describe(t.Mention, _theirs)}.";
        return Create(m, (CheckIds.Numbers, Categories.Mistranslation, Severity.Major), message, t);
    }

    private static string Half(DayHalf half) => half == DayHalf.Morning ? "morning" : "afternoon or evening";

    private static string Hour(NumberMention mention) => mention.Value is { } v ? $"{v.ToString("0", CultureInfo.InvariantCulture)}:00" : mention.Text;

    private Finding Extra(Located m)
    {
        var severity = m.Mention.Value <= 20 ? Severity.Minor : Severity.Major;
        var message = $"The number {m.Mention.Text} is not in the original paragraph.";
        return Create(m, (CheckIds.Numbers, Categories.Addition, severity), message, null);
    }

    private Finding Missing(Located t, AlignmentGroup group)
    {
        var members = group.MembersOf(edition);
        var referenceText = reference.Paragraphs[t.Paragraph];
        var anchor = Snippets.SentenceAround(referenceText.PivotText.Length > 0 ? referenceText.PivotText : referenceText.Text, 0, reference.Language);
        var pivotSentence = PivotSentenceHolding(referenceText, t.Mention) ?? anchor;
        var best = (Paragraph: members[0], Span: new TextSpan(0, 0, string.Empty), Score: -1.0);
        foreach (var index in members)
        {
            foreach (var (sentence, pivot) in SentenceMap.Of(edition.Paragraphs[index], edition.Language, context.IsPivotEdition(edition)))
            {
                var score = WordOverlap.Dice(pivot, pivotSentence);
                if (score > best.Score)
                {
                    best = (index, sentence, score);
                }
            }
        }

        var message = $"The original's number {t.Mention.Text} has no counterpart in this paragraph.";
        var evidence = Evidence(t);
        return FindingFactory.Create(context, edition, best.Paragraph, best.Span.Start, best.Span.Length,
            (CheckIds.Numbers, Categories.Omission, Severity.Major), message, evidence);
    }

    private static string? PivotSentenceHolding(Paragraph paragraph, NumberMention mention)
    {
        var index = paragraph.PivotText.IndexOf(mention.Text, StringComparison.Ordinal);
        return index < 0 ? null : Snippets.SentenceAround(paragraph.PivotText, index, "en");
    }

    private Finding Create(Located m, (string, string, Severity) kind, string message, Located? t) =>
        FindingFactory.Create(context, edition, m.Paragraph, m.Mention.Start, m.Mention.Length, kind, message, t is null ? null : Evidence(t));

    private Dictionary<string, string> Evidence(Located t) => new(StringComparer.Ordinal)
    {
        [reference.Language] = Snippets.SentenceAround(reference.Paragraphs[t.Paragraph].Text, t.Mention.Start, reference.Language),
    };

    private int IndexOf(AlignmentGroup group)
    {
        for (var i = 0; i < context.Groups.Count; i++)
        {
            if (ReferenceEquals(context.Groups[i], group))
            {
                return i;
            }
        }

        return -1;
    }

    private List<NumberMention> Nearby(Edition e, int index)
    {
        var result = new List<NumberMention>();
        for (var i = Math.Max(0, index - 1); i <= Math.Min(context.Groups.Count - 1, index + 1); i++)
        {
            result.AddRange(Mentions(e, context.Groups[i]).Select(l => l.Mention));
        }

        return result;
    }

    /// <summary>The counts of decades among the mentions (a number before « décennies », « décadas », « dècades », "decades"), read as years.</summary>
    private static List<Located> InYears(Edition e, List<Located> mentions) =>
        mentions.Where(l => l.Mention.Value is > 0 and < 100)
            .Where(l => DecadeNoun.IsMatch(e.Paragraphs[l.Paragraph].Text[(l.Mention.Start + l.Mention.Length)..]))
            .Select(l => l with { Mention = l.Mention with { Value = l.Mention.Value * 10, Alternatives = [] } })
            .ToList();

    private static readonly System.Text.RegularExpressions.Regex DecadeNoun = new(
        @"^\s+(?:(?:últimas|últimes|darreres|dernières|pasadas|passades|próximas|properes|prochaines|past|last|next)\s+)?(?:d[ée]cennies?|d[ée]cadas?|dècad(?:a|es)|decades?)(?![\p{L}])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    private static List<Located> Mentions(Edition e, AlignmentGroup group) =>
        group.For(e.Language)
            .Where(i => i >= 0 && i < e.Paragraphs.Count)
            .SelectMany(i => NumberParser.Parse(e.Paragraphs[i].Text, e.Language).Where(m => !SchoolYear(e.Language, e.Paragraphs[i].Text, m)).Select(m => new Located(i, m)))
            .ToList();

    /// <summary>
    /// A British school year ("a Year 5 class", "Year 11 pupils"), which a translation renders by its own country's
    /// grade (« en CM1 », « cuarto de primaria »): a name of a year group, not a figure to find again.
    /// </summary>
    private static bool SchoolYear(string language, string text, NumberMention mention) =>
        LanguageTag.Primary(language) == "en" && mention.Value is >= 1 and <= 13 && text[..mention.Start].EndsWith("Year ", StringComparison.Ordinal);

    private static string Describe(NumberMention mention, NumberConvention convention)
    {
        var written = Write(mention.Value!.Value, convention);
        return string.Equals(written.Replace('\u00A0', ' '), mention.Text.Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal) || mention.IsWord
            ? mention.Text
            : $"{mention.Text} ({written})";
    }

    private static string Write(decimal value, NumberConvention convention) =>
        value >= 1_000_000m && value % 100_000m == 0 ? (value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', convention.DecimalMark) + " million"
            : NumberFormatter.Format(value, convention);

    private sealed record Located(int Paragraph, NumberMention Mention);
}
