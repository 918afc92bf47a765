using System.Text;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Cuts a text longer than a request allows into pieces no longer than the limit, preferring sentence
/// boundaries, then whitespace, and only as a last resort the middle of a word (never inside a surrogate pair).
/// The pieces concatenate back to the text exactly.
/// </summary>
internal static class AzureTextSplitter
{
    private const string Terminals = ".!?…;";
    private const string WideTerminals = "。！？；";
    private const string Closers = "\"'”’»)]}」』";

    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var unit in Units(text, maxLength))
        {
            if (current.Length > 0 && current.Length + unit.Length > maxLength)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }

            current.Append(unit);
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        return pieces;
    }

    /// <summary>Sentences, each with the whitespace that follows it; concatenated they give the text back.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = -1;
            if (WideTerminals.Contains(c, StringComparison.Ordinal))
            {
                end = SkipClosers(text, i + 1);
            }
            else if (Terminals.Contains(c, StringComparison.Ordinal))
            {
                var after = SkipClosers(text, i + 1);
                if (after == text.Length || char.IsWhiteSpace(text[after]))
                {
                    end = after;
                }
            }
            else if (c == '\n')
            {
                end = i;
            }

            if (end < 0)
            {
                i++;
                continue;
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            yield return text[start..end];
            start = end;
            i = Math.Max(end, i + 1);
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static IEnumerable<string> Units(string text, int maxLength)
    {
        foreach (var sentence in Sentences(text))
        {
            if (sentence.Length <= maxLength)
            {
                yield return sentence;
                continue;
            }

            foreach (var word in Words(sentence))
            {
                if (word.Length <= maxLength)
                {
                    yield return word;
                    continue;
                }

                foreach (var chunk in HardCut(word, maxLength))
                {
                    yield return chunk;
                }
            }
        }
    }

    /// <summary>Runs of non-space characters, each with the whitespace after it.</summary>
    private static IEnumerable<string> Words(string sentence)
    {
        var start = 0;
        var i = 0;
        while (i < sentence.Length)
        {
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            yield return sentence[start..i];
            start = i;
        }
    }

    private static IEnumerable<string> HardCut(string word, int maxLength)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = Math.Min(maxLength, word.Length - start);
            if (start + length < word.Length && char.IsHighSurrogate(word[start + length - 1]))
            {
                length = length > 1 ? length - 1 : 2;
            }

            yield return word.Substring(start, length);
            start += length;
        }
    }

    private static int SkipClosers(string text, int index)
    {
        while (index < text.Length && Closers.Contains(text[index], StringComparison.Ordinal))
        {
            index++;
        }

        return index;
    }
}
