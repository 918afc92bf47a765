namespace TranslationDiff.TestKit.Azure;

/// <summary>
/// The fake's own simple sentence splitter for <c>sentLen</c>: a sentence ends after '.', '!' or '?' followed
/// by whitespace, and owns the whitespace after it, so the lengths add up to the text's length.
/// </summary>
public static class FakeAzureSentences
{
    public static IReadOnlyList<int> Lengths(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                lengths.Add(end - start);
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            lengths.Add(text.Length - start);
        }

        return lengths;
    }
}
