using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Names of institutions and places that engines translate word for word and newsrooms never do ("Board of
/// Andalusia" for the « Junta de Andalucía », "Generality" for the « Generalitat », "National Audience" for the
/// « Audiencia Nacional », "Oriental Pyrenees" for the « Pyrénées-Orientales »), each raised only where another
/// edition of the paragraph writes the name itself. And a place name half translated: its two capitalised words
/// kept and the link between them translated ("Molinos of Duero" for « Molinos de Duero »).
/// </summary>
internal static partial class LiteralNames
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly (string Target, Regex Rendering, Regex Name, string Suggestion)[] Entries =
    [
        E("en", @"\bBoard of (?:Andalusia|Andalucía|Castile(?: and| y)? Le[oó]n|Castilla(?: y León)?|Castile-La Mancha|Extremadura|Galicia)\b|\bBoard of the Communities\b", @"\bJunta de\b|\bXunta\b", "the Junta (or “the regional government”)"),
        E("en", @"\b[Tt]he Generality\b|\bGenerality of Catalonia\b", @"\bGeneralitat\b", "the Generalitat (or “the Catalan government”)"),
        E("en", @"\b(?:National|Provincial) Audience\b|\b[Tt]he Audience\b|\b[Aa]udience of (?:Madrid|Barcelona|Seville|Sevilla|Valencia|Girona|Lleida|Tarragona|\p{Lu}\w+)\b", @"\bAudiencia\b|\bAudiència\b", "the Audiencia Nacional (or “the National Court”, “the provincial court”)"),
        E("en", @"\b(?:Provincial |Foral )?Deputation of\b|\b[Tt]he Deputation\b", @"\bDiputaci(?:ón|ó)\b", "the Diputación (or “the provincial council”)"),
        E("en", @"\b(?:Oriental|Eastern) Pyrenees\b|\bAtlantic Pyrenees\b", @"\bPyrénées-(?:Orientales|Atlantiques)\b|\bPirine(?:us|os) (?:Orientals|Orientales)\b", "Pyrénées-Orientales (or Pyrénées-Atlantiques)"),
        E("en", @"\bCoasts of Armor\b|\bMouths of the Rh[oô]ne\b", @"\bCôtes-d['’]Armor\b|\bBouches-du-Rhône\b", "the French name (Côtes-d'Armor, Bouches-du-Rhône)"),
        E("en", @"\bSquad Boys\b|\bBoys of (?:the )?Squad\b", @"\bMossos\b", "the Mossos d'Esquadra (or “the Catalan police”)"),
        E("es", @"\b[Ll]a Generalidad\b", @"\bGeneralitat\b", "«la Generalitat», as the Spanish press writes it"),
    ];

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        var entries = Entries.Where(e => LanguageTag.SameLanguage(e.Target, edition.Language)).ToList();
        foreach (var paragraph in edition.Paragraphs)
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            if (counterparts.Count == 0)
            {
                continue;
            }

            foreach (var (_, rendering, name, suggestion) in entries)
            {
                var witnesses = counterparts.Select(c => (c.Language, Match: name.Match(c.Text))).Where(w => w.Match.Success).ToList();
                var match = rendering.Match(paragraph.Text);
                if (witnesses.Count == 0 || !match.Success)
                {
                    continue;
                }

                var evidence = witnesses.ToDictionary(w => w.Language, w => w.Match.Value, StringComparer.Ordinal);
                yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                    (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                    $"“{match.Value}” translates the name « {witnesses[0].Match.Value} » word for word; write {suggestion}.", evidence);
            }

            foreach (var finding in HalfTranslated(context, edition, paragraph, counterparts).Concat(PlaceHeads(context, edition, paragraph, counterparts)))
            {
                yield return finding;
            }
        }
    }

    /// <summary>"Molinos of Duero" where another edition writes « Molinos de Duero »: a place name whose link alone was translated.</summary>
    private static IEnumerable<Finding> HalfTranslated(DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts)
    {
        // English only: the Romance languages link the halves alike, and an English original's "of" is its own.
        if (LanguageTag.Primary(edition.Language) != "en" || !Links.TryGetValue("en", out var mine)
            || context.IsOriginalLanguage(edition.Language))
        {
            yield break;
        }

        foreach (Match match in LinkedName().Matches(paragraph.Text))
        {
            var link = match.Groups["link"].Value;
            var withArticle = link.EndsWith(" the", StringComparison.Ordinal);
            if (!mine.Contains(withArticle ? link[..^4] : link))
            {
                continue;
            }

            var second = match.Groups["b"].Value;
            if (SecondHalfBefore().IsMatch(paragraph.Text.AsSpan(0, match.Index)))
            {
                // "Arnau de Vilanova of Lleida": the words before the link end a linked name of their own.
                continue;
            }


            foreach (var counterpart in counterparts.Where(c => Links.TryGetValue(LanguageTag.Primary(c.Language), out var theirs) && !theirs.Overlaps(mine)))
            {
                IEnumerable<string> theirLinks = withArticle ? ArticleLinks : Links[LanguageTag.Primary(counterpart.Language)];
                var found = FirstHalves(paragraph.Text, match)
                    .SelectMany(first => theirLinks.Select(l => (First: first, Name: $"{first.Value} {l}{(l[^1] is '\'' or '’' ? "" : " ")}{second}")))
                    .FirstOrDefault(n => counterpart.Text.Contains(n.Name, StringComparison.Ordinal));
                if (found.Name is null)
                {
                    continue;
                }

                var start = found.First.Index;
                var length = match.Groups["b"].Index + second.Length - start;
                yield return FindingFactory.Create(context, edition, paragraph.Index, start, length,
                    (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                    $"“{paragraph.Text.Substring(start, length)}” half translates the name « {found.Name} »: keep it whole.",
                    new Dictionary<string, string>(StringComparer.Ordinal) { [counterpart.Language] = found.Name });
                break;
            }
        }
    }

    /// <summary>
    /// "street of Austerlitz", "square of the Nuns", "cape of Creus": the common noun that heads a Romance place name
    /// (« rue d'Austerlitz », « plaza de las Monjas », « Cap de Creus ») translated word for word, in lower case, where
    /// another edition of the paragraph writes the name with the same capitalised word after its link. English keeps
    /// such names as they are, or uses an established form ("the Palace of Versailles").
    /// </summary>
    private static IEnumerable<Finding> PlaceHeads(DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts)
    {
        if (LanguageTag.Primary(edition.Language) != "en" || context.IsOriginalLanguage(edition.Language))
        {
            yield break;
        }

        foreach (Match match in PlaceHead().Matches(paragraph.Text))
        {
            var name = match.Groups["name"].Value;
            var witness = counterparts
                .Where(c => LanguageTag.Primary(c.Language) is "fr" or "es" or "ca")
                .Select(c => (c.Language, Match: Regex.Match(c.Text, $@"\b\p{{L}}+ (?:de |d'|d’|del |de la |de l'|de l’|dels |de les |de los |de las |du |des ){Regex.Escape(name)}\b", RegexOptions.CultureInvariant, Timeout)))
                .FirstOrDefault(w => w.Match.Success);
            if (witness.Match is not { Success: true })
            {
                continue;
            }

            yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                $"“{match.Value}” translates the place name « {witness.Match.Value} » word for word: keep the name as it is, or its established English form.",
                new Dictionary<string, string>(StringComparer.Ordinal) { [witness.Language] = witness.Match.Value });
        }
    }

    /// <summary>
    /// The first half of a linked name, longest first: the capitalised words before the link (up to three), never
    /// from a word that starts the sentence.
    /// </summary>
    private static IEnumerable<(int Index, string Value)> FirstHalves(string text, Match match)
    {
        var words = match.Groups["a"].Captures;
        for (var k = 0; k < words.Count; k++)
        {
            var index = words[k].Index;
            if (NameRuns.AtSentenceStart(text, index))
            {
                continue;
            }

            yield return (index, text[index..(words[^1].Index + words[^1].Length)]);
        }
    }

    /// <summary>Romance links that carry the article an English "of the" translates.</summary>
    private static readonly string[] ArticleLinks = ["del", "de la", "de l'", "de l’", "dels", "de les", "de los", "de las", "du", "des"];

    /// <summary>The words that link the two halves of a place name in each language.</summary>
    private static readonly Dictionary<string, HashSet<string>> Links = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal) { "of", "on", "upon" },
        ["es"] = new(StringComparer.Ordinal) { "de", "del" },
        ["ca"] = new(StringComparer.Ordinal) { "de", "del" },
        ["fr"] = new(StringComparer.Ordinal) { "de", "du", "sur" },
    };

    private static (string, Regex, Regex, string) E(string target, string rendering, string name, string suggestion) =>
        (target, new Regex(rendering, RegexOptions.CultureInvariant, Timeout), new Regex(name, RegexOptions.CultureInvariant, Timeout), suggestion);

    /// <summary>A lower-case place noun, "of" (and "the") and a capitalised word: "street of Austerlitz".</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?:street|square|avenue|boulevard|promenade|quay|cape|castle|house) of (?:the )?(?<name>\p{Lu}\p{Ll}+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceHead();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+ (?:de|del|da|das|dos|du) $", RegexOptions.CultureInvariant)]
    private static partial Regex SecondHalfBefore();

    // The second half is read ahead, so that "Lucena and Priego of Córdoba" still offers "Priego" as a first half.
    [GeneratedRegex(@"(?:(?<a>\p{Lu}\p{Ll}+) ){1,3}(?<link>\p{Ll}{2,4}(?: the)?) (?=(?<b>\p{Lu}\p{Ll}+))", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedName();
}
