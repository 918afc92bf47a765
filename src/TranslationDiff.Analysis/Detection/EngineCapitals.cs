using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// What the lowercased-name check reads from the case an engine gives a word in the pivot language: a capital it
/// carried over from the name before ("Ortega Considers"), which is no evidence, and the capital it gives a
/// nationality the edition's language writes in lower case ("Israeli" for « israelí »), which is.
/// </summary>
internal static class EngineCapitals
{
    /// <summary>
    /// Whether the pivot text's capital comes from its engine carrying the case of the name before it over to the next
    /// word (« Ortega considera » comes out "Ortega Considers"): the counterpart itself writes that name followed by a
    /// word in lower case.
    /// </summary>
    public static bool CarriedFromName(Counterpart counterpart, TextSpan candidate)
    {
        var before = WordTokenizer.Tokenize(counterpart.PivotText[..candidate.Start]);
        if (before.Count == 0 || !TextFold.IsCapitalised(before[^1].Text) || counterpart.PivotText[before[^1].End..candidate.Start] != " ")
        {
            return false;
        }

        var name = before[^1].Text;
        var own = WordTokenizer.Tokenize(counterpart.Text);
        for (var k = 0; k + 1 < own.Count; k++)
        {
            if (own[k].Text == name && counterpart.Text[own[k].End..own[k + 1].Start] == " " && TextFold.IsLowerWord(own[k + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A nationality an English edition writes in lower case ("israeli"): another edition writes the same word in lower
    /// case as its language does (« israelí »), ending as its language's demonyms end, and that edition's engine gives it
    /// capitalised in English ("Israeli").
    /// </summary>
    public static (string Name, string Language, string Own)? LowerCaseNationality(IReadOnlyList<Counterpart> counterparts, string word)
    {
        if (word.Length < 5 || !TextFold.IsLowerWord(word))
        {
            return null;
        }

        var folded = TextFold.Fold(word);
        foreach (var counterpart in counterparts.Where(c => !string.IsNullOrEmpty(c.PivotText)))
        {
            var own = WordTokenizer.Tokenize(counterpart.Text).Select(w => w.Text)
                .FirstOrDefault(w => TextFold.IsLowerWord(w) && TextFold.Fold(w) == folded && Demonyms.IsLowerCaseDemonym(counterpart.Language, w, "-"));
            var capitalised = WordTokenizer.Tokenize(counterpart.PivotText)
                .FirstOrDefault(w => TextFold.IsCapitalised(w.Text) && TextFold.Fold(w.Text) == folded && !LowercasedNameDetector.AtSentenceStart(counterpart.PivotText, w.Start));
            if (own is not null && capitalised.Text is { Length: > 0 } name)
            {
                return (name, counterpart.Language, own);
            }
        }

        return null;
    }
}
