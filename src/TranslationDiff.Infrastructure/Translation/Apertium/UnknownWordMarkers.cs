using System.Globalization;
using System.Text;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Apertium's inline marks: <c>*word</c> (unknown to the analyser), <c>@word</c> (analysed but missing from the
/// bilingual dictionary) and <c>#word</c> (the target form could not be generated). A mark always starts a
/// token, so only a <c>*</c>, <c>@</c> or <c>#</c> that does not follow a letter or digit counts as one. The
/// source's own such characters in that position (hashtags, @mentions, footnote stars) are swapped for
/// private-use characters the engine passes through untouched; those inside a token (<c>jean@exemple.fr</c>,
/// <c>5*3</c>) are left alone, so the engine still sees e-mail addresses whole.
/// </summary>
internal static class UnknownWordMarkers
{
    private const char LiteralAsterisk = '\uE000';
    private const char LiteralAt = '\uE001';
    private const char LiteralHash = '\uE002';

    /// <summary>Hides from the engine the source's own <c>* @ #</c> that could be taken for marks.</summary>
    public static string ProtectLiterals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('*', '@', '#') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsMark(chars[i]) && StartsToken(text, i))
            {
                chars[i] = chars[i] switch { '*' => LiteralAsterisk, '@' => LiteralAt, _ => LiteralHash };
            }
        }

        return new string(chars);
    }

    /// <summary>Puts the source's own <c>* @ #</c> back.</summary>
    public static string RestoreLiterals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(LiteralAsterisk, '*').Replace(LiteralAt, '@').Replace(LiteralHash, '#');
    }

    /// <summary>
    /// Removes the engine's marks from a protected output. Words marked <c>*</c> or <c>@</c> are returned as
    /// unknown (the engine left them untranslated), in order; <c>#</c> marks a translated word whose form
    /// could not be generated and is only removed.
    /// </summary>
    public static (string Text, IReadOnlyList<string> UnknownWords) Strip(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.AsSpan().IndexOfAny('*', '@', '#') < 0)
        {
            return (output, []);
        }

        var text = new StringBuilder(output.Length);
        var unknown = new List<string>();
        var i = 0;
        while (i < output.Length)
        {
            if (!IsMark(output[i]) || !StartsToken(output, i))
            {
                text.Append(output[i]);
                i++;
                continue;
            }

            var untranslated = false;
            while (i < output.Length && IsMark(output[i]))
            {
                untranslated |= output[i] != '#';
                i++;
            }

            var end = WordEnd(output, i);
            if (untranslated && end > i)
            {
                unknown.Add(output[i..end]);
            }
        }

        return (text.ToString(), unknown);
    }

    private static bool IsMark(char c) => c is '*' or '@' or '#';

    /// <summary>True when position <paramref name="i"/> does not follow a letter or digit (a mark may stand there).</summary>
    private static bool StartsToken(string s, int i) => i == 0 || !IsWordChar(s[i - 1]);

    /// <summary>Where the word starting at <paramref name="start"/> ends: letters, digits and marks, joined by - or '.</summary>
    private static int WordEnd(string s, int start)
    {
        var i = start;
        while (i < s.Length)
        {
            if (IsWordChar(s[i]))
            {
                i++;
            }
            else if (i > start && s[i] is '-' or '\'' or '\u2019' && i + 1 < s.Length && IsWordChar(s[i + 1]))
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

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
