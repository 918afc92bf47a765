using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Numbers missing, added or changed against the reference edition, compared by value after reading each
/// edition's digits in its own language ("8 000", "8.000" and "8,000" agree), and numbers written in another
/// locale's format ("1,2 million" or "8.000" in English, "78 %" with a space before the sign), and numeric
/// dates in another locale's order.
/// </summary>
internal sealed partial class NumbersDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.Numbers;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var findings = new List<Finding>();
        var reported = new HashSet<(string Language, int Paragraph, int Start)>();
        var reference = context.Reference();
        if (reference is not null)
        {
            foreach (var edition in context.Judged())
            {
                var comparison = new NumberComparison(context, edition, reference);
                foreach (var group in context.Groups)
                {
                    findings.AddRange(comparison.Compare(group));
                }
            }
        }

        foreach (var finding in findings)
        {
            reported.Add((finding.Language, finding.Paragraph, finding.Start));
        }

        if (Options.NumbersReportFormat)
        {
            findings.AddRange(FormatFindings(context, reported));
            findings.AddRange(DateFormats.Find(context));
            findings.AddRange(CurrencyFormats.Find(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
            findings.AddRange(SpacedPercent(context));
            findings.AddRange(CopiedSpaceGroups(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
            findings.AddRange(EnglishMarks(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
            findings.AddRange(FrenchFirstOfMonth(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
            findings.AddRange(FrenchClock(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
            findings.AddRange(PointedClockInFrench(context).Where(f => !reported.Contains((f.Language, f.Paragraph, f.Start))));
        }

        return findings;
    }

    /// <summary>A space between a number and the percent sign in English ("78 %"): the French and Spanish way; English writes "78%".</summary>
    private static IEnumerable<Finding> SpacedPercent(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) == "en"))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match m in SpacedPercentSign().Matches(paragraph.Text))
                {
                    var number = m.Groups["n"].Value;
                    yield return FindingFactory.Create(context, edition, paragraph.Index, m.Index, m.Length,
                        (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor), $"“{m.Value}” puts a space before the percent sign, as French and Spanish do; English writes “{number}%”.");
                }
            }
        }
    }

    /// <summary>
    /// Thousands grouped by spaces in a Spanish, Catalan, Italian or Portuguese edition (« 2 400 »): the French way,
    /// which machine translation carries over with the figure; these languages' press groups by points (« 2.400 »).
    /// The message says when the original writes the figure so.
    /// </summary>
    private static IEnumerable<Finding> CopiedSpaceGroups(DetectionContext context)
    {
        var source = context.OriginalOrReference();
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) is "es" or "ca" or "it" or "pt" && !ReferenceEquals(e, source)))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var theirs = source is null ? null : context.CounterpartsOf(edition, paragraph.Index).Where(c => ReferenceEquals(c.Edition, source)).Select(c => Spaced(c.Text)).FirstOrDefault();
                foreach (Match m in SpaceGroupedNumber().Matches(paragraph.Text))
                {
                    var written = m.Value.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace(' ', '.');
                    var copied = theirs is not null && theirs.Contains(Spaced(m.Value), StringComparison.Ordinal);
                    var message = copied
                        ? $"“{m.Value}” keeps the original's grouping by spaces ({source!.Language}); this language's press writes “{written}”."
                        : $"“{m.Value}” groups thousands by spaces, the French way; this language's press writes “{written}”.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, m.Index, m.Length, (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor), message);
                }
            }
        }
    }

    /// <summary>
    /// English marks on a number in a French, Spanish, Catalan, Italian or Portuguese edition: the twelve-hour clock's
    /// "am" / "pm" (« a les 10pm ») and ordinal endings (« el puesto 41st »), which these languages do not use.
    /// </summary>
    private static IEnumerable<Finding> EnglishMarks(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) is "fr" or "es" or "ca" or "it" or "pt"))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var marks = EnglishNumberMark().Matches(paragraph.Text).ToList();
                for (var k = 0; k < marks.Count; k++)
                {
                    var m = marks[k];
                    var end = m.Index + m.Length;
                    // A range of hours (« de 10am a 4pm ») is one slip: one finding, on its first end (where the pivot text is found), names both.
                    if (m.Groups["clock"].Success && k + 1 < marks.Count && marks[k + 1].Groups["clock"].Success
                        && RangeLink().IsMatch(paragraph.Text[end..marks[k + 1].Index]))
                    {
                        k++;
                        end = marks[k].Index + marks[k].Length;
                    }

                    var text = paragraph.Text[m.Index..end];
                    var what = m.Groups["clock"].Success ? "the English twelve-hour clock" : "an English ordinal ending";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, m.Index, m.Length, (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor),
                        $"“{text}” is written with {what}; this language writes the number its own way.");
                }
            }
        }
    }

    /// <summary>
    /// A time of day written the French way (« 18 h 30 ») in an English, Spanish, Catalan, Italian or Portuguese edition,
    /// which write "18:30" or « 18.30 »; not a duration (« 23 h 41 min »).
    /// </summary>
    private static IEnumerable<Finding> FrenchClock(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) is "en" or "es" or "ca" or "it" or "pt"))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match m in FrenchTime().Matches(paragraph.Text))
                {
                    var usual = LanguageTag.Primary(edition.Language) == "en" ? $"{m.Groups["h"].Value}:{m.Groups["m"].Value}" : $"{m.Groups["h"].Value}.{m.Groups["m"].Value}";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, m.Index, m.Length, (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor),
                        $"“{m.Value}” writes the time the French way; this language writes “{usual}”.");
                }
            }
        }
    }

    /// <summary>
    /// A time of day written with a point or a colon in a French edition (« le bus de 7.15 », « à 23.40 h »), which
    /// French writes « 7 h 15 »: after a word that leads to a time, and not a price or a measure.
    /// </summary>
    private static IEnumerable<Finding> PointedClockInFrench(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) == "fr"))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match m in PointedTimeInFrench().Matches(paragraph.Text))
                {
                    var time = m.Groups["t"];
                    yield return FindingFactory.Create(context, edition, paragraph.Index, time.Index, time.Length, (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor),
                        $"“{time.Value}” writes the time the English way; French writes « {m.Groups["h"].Value} h {m.Groups["m"].Value} ».");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,'’])(?:à|dès|vers|jusqu'à|jusqu’à|entre|de|et)\s+(?<t>(?<h>\d{1,2})[.:](?<m>[0-5]\d)(?: ?h\b)?)(?![\p{N}.,]| ?(?:%|€|\$|£|euros?|livres|dollars|millions?|milliards?|km|kilos?|mètres?|m\b|kg|g\b|l\b|litres?|points?|ans|fois))", RegexOptions.CultureInvariant)]
    private static partial Regex PointedTimeInFrench();

    /// <summary>What joins the two ends of a range of hours: « a », « à », « i », « y », « et », a dash.</summary>
    [GeneratedRegex(@"^\s*(?:a|à|al|i|y|et|-|–|—)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeLink();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<h>\d{1,2}) ?h ?(?<m>\d{2})\b(?! ?min)", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchTime();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d{1,2}(?:[:.]\d{2})?\s?(?<clock>[ap]m)\b|(?<![\p{L}\p{N}.,])\d+(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNumberMark();

    /// <summary>The first day of a month without its ordinal in French (« le 1 novembre » for « le 1er novembre »).</summary>
    private static IEnumerable<Finding> FrenchFirstOfMonth(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.Primary(e.Language) == "fr"))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match m in FirstOfMonth().Matches(paragraph.Text))
                {
                    yield return FindingFactory.Create(context, edition, paragraph.Index, m.Index, m.Length, (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor),
                        $"“{m.Value}”: French writes the first day of a month as an ordinal, « 1er {m.Groups["month"].Value} ».");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])1[ \u00A0](?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOfMonth();

    private static string Spaced(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceGroupedNumber();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<n>\d+(?:[.,]\d+)?)[ \u00A0\u202F]%", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedPercentSign();

    /// <summary>Digits that are not a number in the edition's own convention but are one in another's ("1,2" in English).</summary>
    private static IEnumerable<Finding> FormatFindings(DetectionContext context, HashSet<(string, int, int)> reported)
    {
        foreach (var edition in context.Editions)
        {
            var convention = NumberConventions.For(edition.Language);
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (var mention in NumberParser.Parse(paragraph.Text, edition.Language))
                {
                    if (mention.IsWord || mention.Value is not null || mention.Alternatives.Count == 0
                        || reported.Contains((edition.Language, paragraph.Index, mention.Start)))
                    {
                        continue;
                    }

                    var meant = mention.Alternatives[0];
                    var message = $"“{mention.Text}” is written in the {meant.Convention.Name} way, not the {convention.Name} one; "
                        + $"write {NumberFormatter.Format(meant.Value, convention)}.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, mention.Start, mention.Length,
                        (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor), message);
                }
            }
        }
    }
}
