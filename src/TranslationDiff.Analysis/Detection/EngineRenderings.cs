using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// What the translation engines of the other editions did with a name, as evidence that a translation of it is
/// the name's own form in another language rather than a name changed or lost.
/// </summary>
internal static class EngineRenderings
{
    /// <summary>
    /// Whether an engine of an edition writing the name turned it into a name of another form, which it carried
    /// on as a name it did not know, and which this edition writes and no other edition does (« Bordeaux » comes
    /// out "Burdeos", « Haute-Corse » "Alta Córcega" through Spanish): the engine's dictionary holds the name in
    /// another language, so this edition used the name's established form there (an exonym), not a translation
    /// of its own making. A name the engine translated into words it knows ("West-France") does not count.
    /// </summary>
    public static bool RendersAsExonym(DetectionContext context, string name, IReadOnlyList<Counterpart> counterparts, IReadOnlyCollection<string> editionNameWords)
    {
        foreach (var counterpart in counterparts.Where(c => !context.IsPivotEdition(c.Edition)))
        {
            var text = Words(counterpart.Text);
            var pivot = Words(counterpart.PivotText);
            if (!text.Contains(name) || pivot.Contains(name))
            {
                continue;
            }

            var unknown = counterpart.Paragraphs.SelectMany(i => counterpart.Edition.Paragraphs[i].UnknownWords).ToHashSet(StringComparer.Ordinal);
            if (editionNameWords.Any(w => w.Length >= 3 && pivot.Contains(w) && unknown.Contains(w) && counterparts.All(o => !Words(o.Text).Contains(w))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every engine of an edition writing the one-word name translated it as a word of its language
    /// (« la Junta » comes out "the Joint"): a common noun serving as a name, which a translation may rightly
    /// render by a description (« le gouvernement régional »).
    /// </summary>
    public static bool IsCommonWord(DetectionContext context, string name, IReadOnlyList<Counterpart> counterparts)
    {
        var writers = counterparts.Where(c => !context.IsPivotEdition(c.Edition) && Words(c.Text).Contains(name)).ToList();
        return writers.Count > 0 && writers.All(c => !Words(c.PivotText).Contains(name)
            && !c.Paragraphs.SelectMany(i => c.Edition.Paragraphs[i].UnknownWords).Any(u => TextFold.SameName(u.Trim('-'), name)));
    }

    private static HashSet<string> Words(string text) => WordTokenizer.Tokenize(text).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
}
