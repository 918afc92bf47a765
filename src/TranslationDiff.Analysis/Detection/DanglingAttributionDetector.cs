using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// An attribution whose verb was lost: a "to NAME" or "by NAME" (a capitalised name or an acronym) standing
/// alone between commas, governed by nothing ("But according to Yang Moo-jin, president of …, to AFP, the …";
/// "…, to the Efe agency, …": an outlet's name may carry its common noun),
/// where at least <see cref="DetectionOptions.DanglingAttributionMinEditions"/> other editions' pivot texts put
/// a verb or participle before that name ("interrogated by the AFP", "asked by the AFP", "told Reuters"). A
/// phrase that continues a list of the same preposition ("to Paris, to Rome, …") is left alone. Judges English
/// editions on their own text; the pivot texts only vouch for the lost verb.
/// </summary>
internal sealed class DanglingAttributionDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private const string Name = @"(?:[Tt]he\s+)?(?<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:du|de|del|des|di|da|of|the)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})";

    /// <summary>The common noun that may follow a news outlet's name ("the Efe agency", "the AFP news agency").</summary>
    private const string Outlet = @"(?:\s+(?:news\s+)?(?:agency|newspaper|daily|channel|radio|television|broadcaster|network))?";

    private static readonly Regex Loose = new(
        @"(?<=,[”""»]?\s+)(?<phrase>(?<prep>to|by)\s+" + Name + Outlet + @")(?=\s*(?:[,;.:]|$))",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>Words before "to" / "by" that make a preposition of it, not a verb's complement.</summary>
    private static readonly HashSet<string> NotVerbs = new(
        ["according", "thanks", "next", "due", "close", "owing", "prior", "regarding", "including", "compared", "similar", "contrary", "relative", "the", "and", "or"],
        StringComparer.OrdinalIgnoreCase);

    public override string Id => CheckIds.DanglingAttribution;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.SameLanguage(e.Language, "en")))
        {
            foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind == BlockKind.Paragraph))
            {
                foreach (Match m in Loose.Matches(paragraph.Text))
                {
                    var prep = m.Groups["prep"].Value;
                    if (InList(paragraph.Text, m, prep))
                    {
                        continue;
                    }

                    var name = m.Groups["name"].Value.TrimEnd('.');
                    var witnesses = context.CounterpartsOf(edition, paragraph.Index)
                        .Select(c => (c.Language, Verb: GoverningVerb(c.PivotText, name)))
                        .Where(w => w.Verb is not null)
                        .ToList();
                    if (witnesses.Count < Options.DanglingAttributionMinEditions)
                    {
                        continue;
                    }

                    var phrase = m.Groups["phrase"];
                    var shown = string.Join(", ", witnesses.Select(w => $"“{w.Verb}” ({w.Language})"));
                    var message = $"“{phrase.Value}” stands between commas with no verb governing it; the other editions have {shown}: the attribution's verb was lost (e.g. “told {name}”, “speaking to {name}”).";
                    var evidence = witnesses.ToDictionary(w => w.Language, w => w.Verb!, StringComparer.Ordinal);
                    yield return FindingFactory.Create(context, edition, paragraph.Index, phrase.Index, phrase.Length,
                        (Id, Categories.Grammar, Severity.Minor), message, evidence);
                }
            }
        }
    }

    /// <summary>Whether the phrase continues or starts a run of the same preposition ("to Paris, to Rome").</summary>
    private static bool InList(string text, Match m, string prep)
    {
        var before = text[..m.Index].TrimEnd().TrimEnd(',');
        var lastComma = before.LastIndexOfAny([',', ';', ':']);
        var previous = before[(lastComma + 1)..].Trim();
        var after = text[(m.Index + m.Length)..].TrimStart(',', ' ');
        return previous.StartsWith(prep + " ", StringComparison.OrdinalIgnoreCase)
            || Regex.IsMatch(previous, $@"\b{prep}\s+\p{{Lu}}[^,]*$", RegexOptions.CultureInvariant, Timeout)
            || Regex.IsMatch(after, $@"^(?:and\s+|or\s+)?{prep}\s+\p{{Lu}}", RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>
    /// The name as written, or, for a name of several words, any capitalised words ending in its last one: an engine
    /// may translate the first words of a name ("Catalonia Ràdio" for "Catalunya Ràdio").
    /// </summary>
    private static string NamePattern(string name)
    {
        var last = name.LastIndexOf(' ');
        return last < 0
            ? Regex.Escape(name)
            : $@"(?:{Regex.Escape(name)}|(?-i:(?:\p{{Lu}}[\p{{L}}'’-]*\s+)(?:(?:\p{{Lu}}[\p{{L}}'’-]*|du|de|del|des|la|le|of|the)\s+){{0,3}}){Regex.Escape(name[(last + 1)..])})";
    }

    /// <summary>The pivot text's "VERB to/by (the) NAME" for the name, when a verb or participle governs it there.</summary>
    private static string? GoverningVerb(string pivot, string name)
    {
        // An outlet's common noun may come before its name in a pivot text ("explained to the agency Efe").
        // The speaker may stand between, after the verb, as Romance word order puts it ("ensured Marchetti to the AFP").
        var pattern = $@"(?<verb>\p{{L}}+)\s+(?-i:(?:(?:Sra?|Mrs?|Ms|Mme)\.?\s+)?(?:\p{{Lu}}[\p{{L}}'’-]*\s+){{0,3}})(?:to|by)\s+(?:the\s+)?(?:(?:news\s+)?(?:agency|newspaper|daily|channel|radio|television|broadcaster|network)\s+)?{NamePattern(name)}(?![\p{{L}}\p{{N}}])";
        foreach (Match m in Regex.Matches(pivot, pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout))
        {
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            if (!NotVerbs.Contains(verb) && (EnglishWords.IsVerbLike(verb) || verb.EndsWith("ing", StringComparison.Ordinal)))
            {
                return m.Value;
            }
        }

        return null;
    }
}
