using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>Computes <see cref="Finding.Fingerprint"/>: stable across runs and paragraph renumbering.</summary>
public interface IFindingFingerprinter
{
    string Fingerprint(Finding finding, string paragraphText);
}
