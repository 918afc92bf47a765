using System.Text.RegularExpressions;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// English sentences that keep a Romance language's place for a time adverbial: between the verb's phrase and
/// its complement ("engaged in a war since 2022 with Ukraine" for « depuis 2022 avec l'Ukraine »; "to put out to
/// tender before the end of the year the extension of the line"; "awarded Thursday the operation"). English puts
/// the complement first.
/// </summary>
internal static partial class DisplacedAdverbials
{
    public static IEnumerable<(int Start, int Length, string Message)> Find(string text)
    {
        foreach (Match m in SinceWith().Matches(text))
        {
            yield return (m.Index, m.Length,
                $"“{m.Value}” places the time (“{m.Groups["time"].Value}”) before the complement (“{m.Groups["complement"].Value}…”), as French and Spanish do; English writes the complement first.");
        }

        foreach (Match m in DayBeforeObject().Matches(text))
        {
            var verb = m.Groups["verb"].Value;
            var before = PreviousWord().Match(text[..m.Index]).Value.Trim().ToLowerInvariant();
            // A simple past ("awarded Thursday the operation"), or a base form after a modal ("will start on Monday the campaign").
            // A perfect's participle ("had demanded in 2023 a similar system") is the verb's phrase too; a passive's is not.
            var past = (EnglishWords.IsEdForm(verb) || EnglishWords.IrregularPast.Contains(verb))
                && (!EnglishWords.Auxiliaries.Contains(before) || before is "has" or "have" or "had");
            var afterModal = before is "will" or "would" or "can" or "could" or "may" or "might" or "shall" or "should" or "must" or "to"
                && EnglishWords.IsVerbLike(verb) && !EnglishWords.IsEdForm(verb);
            // A verb that may take a clause ("said on Monday the plan would…") counts when its noun phrase ends at a preposition or a
            // stop ("confirmed Thursday the conviction of the mayor"): an object, not a clause's subject.
            var clause = EnglishWords.ThatClauseVerbs.Contains(verb) && !ObjectEnds().IsMatch(text[(m.Index + m.Length)..]);
            // A present tense after its subject ("the producers sell this winter the kilo"): any word that is no function word,
            // no adverb and no noun after an article or a preposition ("the pay this year").
            var present = verb.Length >= 3 && !IsFunctionWord(verb) && !EnglishWords.Determiners.Contains(before) && !EnglishWords.Prepositions.Contains(before);
            if ((past || afterModal || present) && !EnglishWords.Auxiliaries.Contains(verb)
                && !clause && !TimeNouns.Contains(m.Groups["noun"].Value) && !TimeNouns.Contains(m.Groups["noun"].Value.TrimEnd('s')))
            {
                var start = m.Groups["verb"].Index;
                var end = m.Index + m.Length;
                yield return (start, end - start,
                    $"“{text[start..end]}” places the time (“{m.Groups["time"].Value}”) between the verb and its object (“{m.Groups["object"].Value}”), as French and Spanish do; English writes the object first.");
            }
        }

        foreach (Match m in HabitualBeforeObject().Matches(text))
        {
            var verb = m.Groups["verb"].Value;
            if (!EnglishWords.Auxiliaries.Contains(verb) && !EnglishWords.ThatClauseVerbs.Contains(verb) && !Copulas.Contains(verb) && !NotVerbs.Contains(verb))
            {
                var start = m.Groups["verb"].Index;
                yield return (start, m.Index + m.Length - start,
                    $"“{text[start..(m.Index + m.Length)]}” places the time (“{m.Groups["time"].Value}”) between the verb and its object (“{m.Groups["object"].Value}”), as French and Spanish do; English writes the object first.");
            }
        }

        foreach (Match m in TimeBeforeObject().Matches(text))
        {
            yield return (m.Index, m.Length,
                $"“{m.Value}” places the time (“{m.Groups["time"].Value}”) before the object (“{m.Groups["object"].Value}”), as French and Spanish do; English writes the object first.");
        }
    }

    /// <summary>Words that join, relate or modify, which a time phrase may follow before a clause's subject ("because this year the company…").</summary>
    private static bool IsFunctionWord(string word) =>
        EnglishWords.Prepositions.Contains(word) || EnglishWords.Determiners.Contains(word) || EnglishWords.Subordinators.Contains(word)
        || NotVerbs.Contains(word) || Copulas.Contains(word) || word is "where" or "whom" or "whose" or "nor" or "yet" or "not" or "never" or "already" or "just" or "there" or "here";

    /// <summary>Verbs whose complement describes the subject ("remains today the largest employer"): no object displaced.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "remain", "remains", "remained", "become", "becomes", "became", "stay", "stays", "stayed", "seem", "seems", "seemed", "look", "looks", "sound", "sounds",
    };

    /// <summary>Words before a habitual time phrase that are no verb ("than", "and", "who"; "visitors each year").</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "than", "and", "or", "but", "who", "which", "that", "what", "so", "as", "even", "only", "also", "still", "again", "now", "then", "more", "less",
        "people", "visitors", "tourists", "times", "euros", "pounds", "dollars", "tonnes", "tons", "hectares", "members", "pupils", "students", "patients",
    };

    /// <summary>Nouns after which the time phrase is itself an adverbial ("resigned on Monday the day after the vote").</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal) { "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "same", "following", "next", "last" };

    /// <summary>
    /// A past-tense verb, a day or year, then a noun phrase: "awarded Thursday the operation", "began on Monday an
    /// indefinite strike", also with a place between them ("presented this Tuesday in Hoyos the new plan", "sold last year
    /// abroad 124,000 bottles"); the time may be a date, a month, a season or a stretch of days or weeks ("will receive from 1
    /// October a monthly bonus", "will publish in spring an updated map", "signed in two weeks a petition"). Verbs that take a clause ("said on Monday the plan would…") and passives are left to the caller.
    /// </summary>
    [GeneratedRegex(@"\b(?<verb>\p{Ll}+)(?: (?:up|out|down|off|back))? (?<time>(?:on |for )?(?:this |last |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?:,? \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|,? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?)?|(?:last|next|this) (?:year|week|month|weekend|season|summer|winter|spring|autumn)|in (?:1[89]|20)\d\d|(?:in|from) (?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \d)|(?:from|on|by|until|before|for) \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:this|last|next) (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:in|during|over|within) the (?:coming|next|following|last|past) (?:few |two |three |four |six )?(?:days|weeks|months|years)|(?:in|within) (?:two|three|four|five|six|seven|eight|ten|twelve|fifteen|\d{1,2}|a few) (?:days|weeks|months|years)|(?:in|during) (?:the )?(?:spring|summer|autumn|winter)(?: (?:of )?\d{4})?|from (?:this|next) (?:month|week|year|season|spring|summer|autumn|winter)|(?:for|during|over) the (?:summer|winter|spring|autumn|season|holidays)|yesterday|until now|so far)(?:, (?:by|in|at|on|from|near|with) [^,.;]{1,40},| (?:abroad|locally|nationally|(?:in|at) (?:the )?\p{L}+))? (?<object>(?:the|a|an|its|his|her|their) (?<noun>\p{L}+)(?: (?!(?:of|to|in|for|with|and|or|on|at|from|by|that|which|who)\b)\p{Ll}+)?|(?:(?:some|almost|nearly|about|around|over|more than|up to) )?(?:(?!(?:1[89]|20)\d\d\b)\d[\d.,]*(?: (?:million|billion))? (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?<noun>\p{L}+)|half)|(?:some |almost |nearly |about |around |over |more than |up to )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|dozens of|hundreds of|thousands of|several|more(?! than)) (?<noun>\p{Ll}+(?:-\p{Ll}+)?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeObject();

    [GeneratedRegex(@"\p{L}+ $", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousWord();

    [GeneratedRegex(@"^(?:[,.;:]| (?:of|for|to|from|with|at|on|by)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectEnds();

    /// <summary>
    /// A verb, a habitual or present time ("each year", "every Saturday", "today"), then an object or a quantity:
    /// "manufactures each year about 180,000 knives", "employs today 115 people", "delivers every Saturday the cheeses".
    /// </summary>
    [GeneratedRegex(@"\b(?<verb>\p{Ll}{3,}) (?<time>today|nowadays|(?:each|every) (?:year|month|week|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|weekend)) (?<object>(?:the|an?|its|their) \p{Ll}+|(?:about |around |some |nearly |almost |over |more than )?(?:\d[\d.,]*|hundreds|thousands|dozens|millions)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex HabitualBeforeObject();

    [GeneratedRegex(@"\b(?<time>(?:since|for) (?:\d{4}|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years|months|weeks|days|decades)))(?<complement> (?:with|against))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceWith();

    [GeneratedRegex(@"(?<=\p{Ll} )(?<time>(?:before|by|until|after|at) the (?:end|beginning|start|middle) of (?:the|this|next) (?:year|month|week|summer|season|decade|term|spring|autumn|winter)) (?<object>(?:the|a|an) (?:\p{Ll}+ ){0,2}\p{Ll}+)(?= of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBeforeObject();
}
