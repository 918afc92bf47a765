using System.Security.Cryptography;
using System.Text;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Editors' dismissals: a finding's fingerprint (check, language, the flagged words and the sentence around
/// them, folded) survives re-runs and paragraph renumbering, so a dismissed finding is not raised again for
/// the same text. Storing fingerprints is the store's business and leaving dismissed findings out is
/// FindingReview's (Core); this only computes them.
/// </summary>
public sealed class Dismissals : IFindingFingerprinter
{
    string IFindingFingerprinter.Fingerprint(Finding finding, string paragraphText) => Fingerprint(finding, paragraphText);

    public static string Fingerprint(Finding finding, string paragraphText)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(paragraphText);
        var language = finding.Language;
        var context = finding.Length == 0 || finding.Start >= paragraphText.Length
            ? Snippets.SentenceAround(paragraphText, Math.Min(finding.Start, Math.Max(0, paragraphText.Length - 1)), language)
            : Snippets.SentenceAround(paragraphText, finding.Start, language);
        var key = string.Join('\u001F', finding.Check, LanguageTag.Primary(language), Normalize(finding.Text), Normalize(context));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
    }

    private static string Normalize(string text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(w => TextFold.Fold(w.Text)));
}
