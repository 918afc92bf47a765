namespace TranslationDiff.Core.Translation;

/// <summary>A translation engine (Apertium, Azure, the identity, a cache in front of one of them).</summary>
public interface ITranslator
{
    /// <summary>Engine name as configured: "apertium", "apertium-apy", "azure", "none".</summary>
    string Name { get; }

    Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken);
}
