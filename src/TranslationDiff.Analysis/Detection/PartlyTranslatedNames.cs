using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A company's or a team's name with its common word translated ("Ceràmiques Benlloch" where the original and another
/// translation both keep « Cerámicas Benlloch »): the other editions write the same name alike, word for word, and
/// this edition keeps its proper part (the anchor, « Benlloch ») but writes the rest in its own language's cognates,
/// or misspells it ("Ewan Sclater" for "Ewan Slater").
/// Two editions keeping the name as written is the evidence that translators keep it. Names of public bodies,
/// universities, museums and the like are left alone: careful translators render those ("University of Lleida").
/// </summary>
internal static class PartlyTranslatedNames
{
    /// <summary>Heads of names translators render (folded, every language): public bodies and public institutions.</summary>
    private static readonly HashSet<string> Rendered = WordSet.Of(
        "university universitat universidad universite universita universidade institute institut instituto istituto " +
        "museum museu museo musee hospital hopital ospedale school escola escuela ecole scuola college colegio col·legi " +
        "library biblioteca bibliotheque theatre teatre teatro theater cathedral catedral cathedrale church esglesia iglesia eglise " +
        "park parc parque parco station estacio estacion gare port puerto porto airport aeroport aeropuerto " +
        "foundation fundacio fundacion fondation fondazione association associacio asociacion federation federacio federacion " +
        "region regio province provincia chamber cambra camara chambre bank banc banco banque observatory observatori observatorio observatoire " +
        "centre center centro centre national nacional nationale regional regionale general generale european europea europeo europeen " +
        "street carrer calle rue square placa plaza place avenue avinguda avenida river riu rio riviere valley vall valle vallee " +
        "city ciutat ciudad ville citta cidade town village pays pais country");

    /// <summary>Compass points (folded, every language).</summary>
    private static readonly HashSet<string> CompassPoints = WordSet.Of("north nord norte nort south sud sur east est este west ouest oeste oest");

    /// <summary>Whether two folded words differ only in compass points, part by part (« norte-ciudad », "north-ciudad").</summary>
    private static bool CompassPointsOnly(string a, string b)
    {
        var (mine, theirs) = (a.Split('-'), b.Split('-'));
        return mine.Length == theirs.Length
            && mine.Zip(theirs).All(p => p.First == p.Second || (CompassPoints.Contains(p.First) && CompassPoints.Contains(p.Second)));
    }

    /// <summary>Words that link a name's head to a place (« de », "of", « del »).</summary>
    private static readonly HashSet<string> Links = WordSet.Of("de del des du of");

    /// <summary>Whether the word heads names translators render (a university, a museum, a square).</summary>
    public static bool IsRenderedHead(string word) => Rendered.Contains(TextFold.Fold(word));

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            if (counterparts.Count < 2)
            {
                continue;
            }

            foreach (var run in NameRuns.Of(paragraph.Text))
            {
                var mine = WordTokenizer.Tokenize(run.Text).Select(w => w.Text).ToList();
                if (mine.Count < 2)
                {
                    continue;
                }

                var theirs = KeptAlike(mine, counterparts);
                // A public body's name takes the place in the edition's own form (« Junta de Castella » for « Junta de Castilla »).
                // A place the edition names by its own established form (« Costa Dorada » for « Costa Daurada ») is no translated name.
                if (theirs is null || paragraph.Text.Contains(theirs, StringComparison.Ordinal) || counterparts.Any(c => TranslatedNames.IsPublicBody(theirs, c.Language))
                    || Exonyms.RenderedIn(theirs, run.Text)
                    || WordForWord(context, mine, theirs, counterparts, LanguageTag.Primary(edition.Language) == "en") is not { } misspelt)
                {
                    continue;
                }

                var evidence = counterparts.ToDictionary(c => c.Language, _ => theirs, StringComparer.Ordinal);
                yield return FindingFactory.Create(context, edition, paragraph.Index, run.Start, run.Length,
                    (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                    misspelt
                        ? $"“{run.Text}” is “{theirs}” in the other editions: a letter of the name is wrong."
                        : $"“{run.Text}” is “{theirs}” in the other editions: the name is kept as it is written, not translated.", evidence);
            }
        }
    }

    /// <summary>
    /// The name run every other edition writes alike and that shares an anchor word (capitalised, four letters or
    /// more) with this edition's run at the same place, or null.
    /// </summary>
    private static string? KeptAlike(List<string> mine, IReadOnlyList<Counterpart> counterparts)
    {
        for (var k = 0; k < mine.Count; k++)
        {
            var anchor = mine[k];
            if (anchor.Length < 4 || !TextFold.IsCapitalised(anchor))
            {
                continue;
            }

            // A counterpart may open a sentence with the name ("Juguetes Brisa, a toy company based in Ibi...").
            var runs = counterparts
                .Select(c => Alike(NameRuns.Of(c.Text), mine.Count, k, anchor) ?? Alike(NameRuns.WithSentenceStarts(c.Text), mine.Count, k, anchor))
                .ToList();
            if (runs.All(r => r is not null) && runs.Distinct(StringComparer.Ordinal).Count() == 1)
            {
                return runs[0];
            }
        }

        return null;
    }

    private static string? Alike(IEnumerable<TextSpan> runs, int count, int k, string anchor) =>
        runs.Select(r => r.Text).FirstOrDefault(r => WordTokenizer.Tokenize(r).Select(w => w.Text).ToList() is { } words && words.Count == count && words[k] == anchor);

    /// <summary>
    /// How this edition's run differs from the kept name, word by word: null when it is not the kept name with some words
    /// rendered by cognates the engines translate (« Restauracions » for « Restauraciones ») or misspelt, or when a
    /// changed word heads a name translators render; true when a word is misspelt; false when words were translated.
    /// </summary>
    private static bool? WordForWord(DetectionContext context, List<string> mine, string kept, IReadOnlyList<Counterpart> counterparts, bool english)
    {
        var theirs = WordTokenizer.Tokenize(kept).Select(w => w.Text).ToList();
        var (translated, misspelt) = (0, 0);
        for (var i = 0; i < mine.Count; i++)
        {
            var (a, b) = (TextFold.Fold(mine[i]), TextFold.Fold(theirs[i]));
            if (a == b)
            {
                continue;
            }

            // A compass point in English ("Tenerife North" for « Tenerife Norte »): the usual English name; a company's
            // (« Obres Ribera Sud ») keeps its own.
            if (Rendered.Contains(a) || Rendered.Contains(b) || (english && CompassPointsOnly(a, b))
                || counterparts.Any(c => TranslatedNames.IsPublicBody(theirs[i], c.Language)))
            {
                return null;
            }

            // A place the name links to, in the edition's own form (« Festival de Carcasona » for « Festival de Carcassonne »);
            // not a place that is part of a brand (« Aragó Capital Rural »).
            if (i > 0 && Links.Contains(mine[i - 1]) && Exonyms.RenderedIn(theirs[i], mine[i]))
            {
                continue;
            }

            if (Misspelt(mine[i], theirs[i]))
            {
                misspelt++;
            }
            else if (Cognates(a, b) && TranslatedByEngine(context, theirs[i], counterparts))
            {
                translated++;
            }
            else
            {
                return null;
            }
        }

        return translated + misspelt == 0 ? null : misspelt > 0;
    }

    /// <summary>
    /// Whether an engine translated the word as a common word of its language (« Restauraciones » came out
    /// "Restorations"): a word engines pass through is a name of its own, and a letter changed in it is a misspelling.
    /// </summary>
    private static bool TranslatedByEngine(DetectionContext context, string word, IReadOnlyList<Counterpart> counterparts) =>
        counterparts.Where(c => !context.IsPivotEdition(c.Edition)).Any(c => !WordTokenizer.Tokenize(c.PivotText).Any(w => w.Text == word));

    /// <summary>
    /// Whether the word is the name's word with a letter dropped, added, changed or swapped inside it ("Sclater" for
    /// "Slater"), not a transliteration's letter (« Soltchenko ») or the language's own form of a place (« Besiers »).
    /// </summary>
    private static bool Misspelt(string mine, string theirs)
    {
        var (a, b) = (TextFold.Fold(mine), TextFold.Fold(theirs));
        return MisspelledNames.OneEditApart(a, b) && !MisspelledNames.TransliterationSwap(b, a)
            && (a.Length == b.Length || MisspelledNames.InsideInsertionOrDeletion(b, a)) && !Exonyms.RenderedIn(theirs, mine);
    }

    /// <summary>Whether two folded words share their first four letters, or most of their letters in order.</summary>
    private static bool Cognates(string a, string b) =>
        (a.Length >= 4 && b.Length >= 4 && a[..4] == b[..4]) || TextFold.Distance(a, b, 3) <= Math.Max(1, Math.Min(a.Length, b.Length) / 3);
}
