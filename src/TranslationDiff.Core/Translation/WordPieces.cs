namespace TranslationDiff.Core.Translation;

/// <summary>
/// The pieces of an unknown word that a dictionary is asked about, the evidence of the glue check: the word less its
/// first one to five letters, two or more left (« lascalles » → « calles », « unany » → « any »), and less its last
/// two or three, four or more left ("thanksto" → "thanks"). Only words of three or more letters have pieces.
/// </summary>
public static class WordPieces
{
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var pieces = new List<string>();
        if (word.Length < 3 || !word.All(char.IsLetter))
        {
            return pieces;
        }

        for (var k = 1; k <= 5 && word.Length - k >= 2; k++)
        {
            Add(word[k..]);
        }

        for (var k = 2; k <= 3 && word.Length - k >= 4; k++)
        {
            Add(word[..^k]);
        }

        return pieces;

        void Add(string piece)
        {
            if (!pieces.Contains(piece, StringComparer.Ordinal))
            {
                pieces.Add(piece);
            }
        }
    }
}
