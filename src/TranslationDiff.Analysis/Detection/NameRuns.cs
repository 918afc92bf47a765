using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Runs of capitalised words that are not at a sentence start ("Courrier international" keeps its lower-case
/// second word when the run started with a capital and the word follows directly), as candidate names.
/// All-capital acronyms are left out: they differ between languages by design (NATO, OTAN).
/// </summary>
internal static class NameRuns
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "del", "du", "des", "of", "von", "van", "da", "di", "la", "le", "el", "al", "bin", "las", "los", "les", "do", "dos", "das" };

    public static IReadOnlyList<TextSpan> Of(string text) => Of(text, sentenceStarts: false);

    /// <summary>Every run, a sentence's capitalised first word alone included, after any elided article (« L'Orquestra »).</summary>
    public static IEnumerable<TextSpan> WithEverySentenceStart(string text) => Of(text, sentenceStarts: true).Select(AfterElision);

    /// <summary>
    /// The runs, with a run that begins a sentence kept when it holds two words or more ("Juguetes Brisa, a toy company...",
    /// where the sentence opens with the name): its first word may be a name or the capitalised first word of the sentence.
    /// An elided article that opens the sentence is not part of the name (« L'Orquestra Ciutat de Barcelona »).
    /// </summary>
    public static IReadOnlyList<TextSpan> WithSentenceStarts(string text) =>
        Of(text, sentenceStarts: true).Where(r => !AtSentenceStart(text, r.Start) || r.Text.Contains(' ', StringComparison.Ordinal))
            .Select(AfterElision).ToList();

    /// <summary>
    /// The word after an elided article or preposition (« l'alcora » → « alcora », « d'Onda » → « Onda »): the name is
    /// what follows the apostrophe.
    /// </summary>
    internal static TextSpan AfterElision(TextSpan word)
    {
        var apostrophe = word.Text.IndexOfAny(['\'', '’']);
        return apostrophe is 1 or 2 && word.Text[..apostrophe].All(char.IsLetter) && word.Text.Length > apostrophe + 1
            && word.Text[..apostrophe].ToLowerInvariant() is "l" or "d" or "s" or "n" or "qu"
            ? new TextSpan(word.Start + apostrophe + 1, word.Length - apostrophe - 1, word.Text[(apostrophe + 1)..])
            : word;
    }

    /// <summary>
    /// Capitalised words after an elided article or preposition inside a sentence (« d'Ardersier », « l'Onyar »), which
    /// <see cref="Of(string)"/> leaves out (the token starts in lower case): each the word after the apostrophe.
    /// </summary>
    public static IEnumerable<TextSpan> AfterElisions(string text) =>
        WordTokenizer.Tokenize(text).Select(w => (Word: w, Name: AfterElision(w)))
            .Where(x => x.Name.Start != x.Word.Start && IsNameWord(x.Name.Text) && !AtSentenceStart(text, x.Word.Start))
            .Select(x => x.Name);

    private static List<TextSpan> Of(string text, bool sentenceStarts)
    {
        var words = WordTokenizer.Tokenize(text);
        var runs = new List<TextSpan>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i].Text) || (!sentenceStarts && AtSentenceStart(text, words[i].Start)))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < words.Count && text[words[j].End..words[j + 1].Start] == " "
                && (IsNameWord(words[j + 1].Text) || (Connectors.Contains(words[j + 1].Text) && j + 2 < words.Count && IsNameWord(words[j + 2].Text))))
            {
                j++;
            }

            runs.Add(new TextSpan(words[i].Start, words[j].End - words[i].Start, text[words[i].Start..words[j].End]));
            i = j + 1;
        }

        return runs;
    }

    private static bool IsNameWord(string word) => TextFold.IsCapitalised(word) && !word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    internal static bool AtSentenceStart(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '«' or '(' or '‘' or '\'' or '—' or '–' or '-' or '¿' or '¡'))
        {
            k--;
        }

        return k < 0 || SentenceSegmenter.IsTerminal(text[k]) || text[k] == ':';
    }
}
