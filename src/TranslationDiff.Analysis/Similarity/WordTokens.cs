namespace TranslationDiff.Analysis.Similarity;

/// <summary>Words for word n-grams: whitespace-separated, with punctuation at either end split off as its own token.</summary>
internal static class WordTokens
{
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 1)
            {
                tokens.Add(word);
                continue;
            }

            var start = 0;
            var end = word.Length;
            if (char.IsPunctuation(word[0]))
            {
                tokens.Add(word[..1]);
                start = 1;
            }

            var trailing = end - start > 1 && char.IsPunctuation(word[end - 1]);
            if (trailing)
            {
                end--;
            }

            tokens.Add(word[start..end]);
            if (trailing)
            {
                tokens.Add(word[end..]);
            }
        }

        return tokens;
    }
}
