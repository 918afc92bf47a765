namespace TranslationDiff.Core.Translation;

/// <summary>What an engine can translate; implemented by engines that can tell before being asked.</summary>
public interface ILanguagePairCatalog
{
    Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken);
}
