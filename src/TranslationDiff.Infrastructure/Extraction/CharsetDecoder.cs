using System.Text;
using System.Text.RegularExpressions;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>
/// Turns page bytes into text: a byte-order mark wins, then the transport's charset, then a
/// <c>&lt;meta charset&gt;</c> (or http-equiv) in the first 4 KiB, then UTF-8 when the bytes are valid
/// UTF-8, else windows-1252 (what browsers assume for unlabelled Western pages).
/// </summary>
internal static partial class CharsetDecoder
{
    static CharsetDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static (string Text, string Charset) Decode(byte[] bytes, string? transportCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bom = FromBom(bytes);
        if (bom is not null)
        {
            return (bom.GetString(bytes, bom.Preamble.Length, bytes.Length - bom.Preamble.Length), bom.WebName);
        }

        var declared = Lookup(transportCharset) ?? Lookup(SniffMeta(bytes));
        if (declared is not null)
        {
            return (declared.GetString(bytes), declared.WebName);
        }

        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return (strict.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var western = Encoding.GetEncoding(1252);
            return (western.GetString(bytes), western.WebName);
        }
    }

    private static Encoding? FromBom(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new UTF8Encoding(true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode : null;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Browsers read "iso-8859-1" and "us-ascii" labels as windows-1252; so do we.
        var label = name.Trim().Trim('"', '\'').ToUpperInvariant();
        if (label is "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" or "ISO_8859-1")
        {
            label = "WINDOWS-1252";
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffMeta(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
