using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Word translations from the source language as written into the target language, for a similarity of a bead
/// that does not go through the machine translation (see <see cref="LexicalSimilarity"/>). Headwords are kept
/// lower-cased; each translation is kept as the stems (first <see cref="StemLength"/> letters, lower-cased) of its
/// words of three letters or more. A word is looked up as written, then with a common inflectional ending taken
/// off (and a verb or plural ending put back on), then, for long words, as a compound: the longest final part
/// that is a headword, plus the first part when that is one too. Built for German → French with the FreeDict
/// dictionary in dictd format (<see cref="LoadDictd"/>), but nothing else is specific to a language pair.
/// </summary>
public sealed class BilingualLexicon
{
    /// <summary>Letters a stem keeps.</summary>
    public const int StemLength = 5;

    /// <summary>Shortest word that is looked up or matched.</summary>
    internal const int MinWordLength = 3;

    private static readonly string[] Endings = ["ern", "en", "em", "er", "es", "e", "n", "s", "t", "st", "te", "ten", "et"];
    private static readonly string[] PutBack = ["", "en", "n", "e"];

    private readonly Dictionary<string, string[]> _entries;
    private readonly ConcurrentDictionary<string, string[]> _lookups = new(StringComparer.Ordinal);

    /// <param name="entries">Headword (any case) and its translations (phrases in the target language).</param>
    public BilingualLexicon(IEnumerable<KeyValuePair<string, IEnumerable<string>>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var collected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (headword, translations) in entries)
        {
            var key = headword.Trim().ToLowerInvariant();
            if (key.Length == 0)
            {
                continue;
            }

            if (!collected.TryGetValue(key, out var stems))
            {
                collected[key] = stems = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var phrase in translations)
            {
                foreach (var word in Words(phrase))
                {
                    stems.Add(Stem(word));
                }
            }
        }

        _entries = collected.Where(e => e.Value.Count > 0).ToDictionary(e => e.Key, e => e.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of headwords with at least one translation.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Reads a dictionary in dictd format: <paramref name="indexPath"/> is the <c>.index</c> file (headword, offset
    /// and length in base 64, tab-separated), the text is the <c>.dict.dz</c> (gzip) or <c>.dict</c> file next to
    /// it. An entry's first line is the headword (with pronunciation and part of speech); its translations are on
    /// the lines that start with a sense number ("1. ") or, in an entry without sense numbers, on the second line;
    /// the other lines are definitions in the source language and are ignored.
    /// </summary>
    public static BilingualLexicon LoadDictd(string indexPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        var stem = indexPath.EndsWith(".index", StringComparison.Ordinal) ? indexPath[..^".index".Length] : indexPath;
        byte[] text;
        if (File.Exists(stem + ".dict.dz"))
        {
            using var file = File.OpenRead(stem + ".dict.dz");
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            text = buffer.ToArray();
        }
        else
        {
            text = File.ReadAllBytes(stem + ".dict");
        }

        var entries = new List<KeyValuePair<string, IEnumerable<string>>>();
        foreach (var line in File.ReadLines(stem + ".index", Encoding.UTF8))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].StartsWith("00database", StringComparison.Ordinal))
            {
                continue;
            }

            var offset = FromBase64Number(fields[1]);
            var length = FromBase64Number(fields[2]);
            if (offset < 0 || length <= 0 || offset + length > text.Length)
            {
                continue;
            }

            var entry = Encoding.UTF8.GetString(text, (int)offset, (int)length).Split('\n');
            var headword = entry[0].Split([" /", " <"], 2, StringSplitOptions.None)[0];
            entries.Add(new(headword, Translations(entry)));
        }

        return new BilingualLexicon(entries);
    }

    /// <summary>Stems of the target-language translations of <paramref name="word"/> (lower-case), empty if none are known.</summary>
    public IReadOnlyList<string> Translate(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _lookups.GetOrAdd(word, Compute);
    }

    /// <summary>The stem a word is matched by.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length <= StemLength ? word : word[..StemLength];
    }

    /// <summary>Lower-cased runs of letters of three or more.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && char.IsLetter(text[k]))
            {
                if (start < 0)
                {
                    start = k;
                }
            }
            else if (start >= 0)
            {
                if (k - start >= MinWordLength)
                {
                    yield return text[start..k].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }

    private string[] Compute(string word)
    {
        if (Lookup(word) is { } found)
        {
            return found;
        }

        if (word.Length < 7)
        {
            return [];
        }

        for (var k = MinWordLength; k < word.Length - MinWordLength; k++)
        {
            if (Lookup(word[k..]) is { } head)
            {
                var modifier = word[..k];
                var first = Lookup(modifier) ?? (modifier.EndsWith('s') ? Lookup(modifier[..^1]) : null);
                return first is null ? head : head.Union(first, StringComparer.Ordinal).ToArray();
            }
        }

        return [];
    }

    private string[]? Lookup(string word)
    {
        if (_entries.TryGetValue(word, out var found))
        {
            return found;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length < MinWordLength || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var bare = word[..^ending.Length];
            foreach (var back in PutBack)
            {
                if (_entries.TryGetValue(bare + back, out found))
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static List<string> Translations(string[] entry)
    {
        var body = entry.Skip(1).ToList();
        var numbered = body.Where(IsNumbered).ToList();
        var lines = numbered.Count > 0 ? numbered.Select(l => l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..]) : body.Take(1);
        var phrases = new List<string>();
        foreach (var line in lines)
        {
            // A trailing sense number ("aller, marcher 2.") belongs to the next definition.
            var trimmed = line.TrimEnd();
            var cut = trimmed.LastIndexOf(' ');
            if (cut > 0 && trimmed.EndsWith('.') && trimmed[(cut + 1)..^1].All(char.IsAsciiDigit) && trimmed.Length - cut > 2)
            {
                trimmed = trimmed[..cut];
            }

            phrases.AddRange(trimmed.Split(", ", StringSplitOptions.RemoveEmptyEntries));
        }

        return phrases;
    }

    private static bool IsNumbered(string line)
    {
        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 && line[..dot].All(char.IsAsciiDigit);
    }

    private static long FromBase64Number(string digits)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long value = 0;
        foreach (var c in digits)
        {
            var d = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
            {
                return -1;
            }

            value = (value * 64) + d;
        }

        return value;
    }

    /// <summary>For messages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} headwords");
}
