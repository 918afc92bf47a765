namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// An engine that can say whether it can work right now, and why not, without translating anything.
/// (Generic; kept beside its first users until another engine needs it.)
/// </summary>
public interface ITranslatorAvailability
{
    Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken);
}
