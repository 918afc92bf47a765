using System.Globalization;
using DiffPlex;
using DiffPlex.Chunkers;

namespace TranslationDiff.Analysis.Diffing;

/// <summary>
/// Splits text into the units a word diff works on: words (letters, marks and digits, with inner
/// apostrophes and hyphens: <c>aujourd’hui</c>, <c>Kim Jong-un</c>'s parts), numbers with their group and
/// decimal separators (<c>8 000</c> with a no-break space, <c>8,000</c>, <c>1,2</c>), each punctuation mark on
/// its own (guillemets, quotes, brackets), and runs of white space (any kind, no-break spaces included).
/// Concatenating the chunks gives back the text exactly.
/// </summary>
public sealed class UnicodeWordChunker : IChunker
{
    public static UnicodeWordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsSpace(text[i]))
            {
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsDigit(text[i]))
            {
                i = ScanNumber(text, i);
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    i = ScanWord(text, i); // "1er", "2nd", "5km": digits glued to letters stay one unit
                }
            }
            else if (IsWordChar(text, i))
            {
                i = ScanWord(text, i);
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            chunks.Add(text[start..i]);
        }

        return chunks;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            // A separator joins two digit runs: 8,000 / 8.000 / 1,2 / 8 000 (no-break or thin space + exactly 3 digits).
            if (i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                if (text[i] is ',' or '.' or '\'' or '’')
                {
                    i++;
                    continue;
                }

                if (text[i] is '\u00A0' or '\u202F' or '\u2009' && ThreeDigitsFollow(text, i + 1))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    private static bool ThreeDigitsFollow(string text, int i) =>
        i + 2 < text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            else if (text[i] is '\'' or '’' or '-' or '‐' && i + 1 < text.Length && i > 0
                && IsWordChar(text, i + 1) && IsWordChar(text, i - 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsWordChar(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';
}
