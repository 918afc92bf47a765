using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>A readable fingerprint for tests of Core: "check|language|text".</summary>
public sealed class TextFingerprinter : IFindingFingerprinter
{
    public string Fingerprint(Finding finding, string paragraphText)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{finding.Check}|{finding.Language}|{finding.Text}";
    }
}
