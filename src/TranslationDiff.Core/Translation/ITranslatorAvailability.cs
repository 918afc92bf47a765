namespace TranslationDiff.Core.Translation;

/// <summary>
/// An engine that can say whether it can work right now, and why not, without translating anything.
/// </summary>
public interface ITranslatorAvailability
{
    Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken);
}
