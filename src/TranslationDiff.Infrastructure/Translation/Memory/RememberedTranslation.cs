using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>A translation found in the memory, with its row id and the route the engine took then.</summary>
internal sealed record RememberedTranslation(long Id, TranslatedText Translation, string Route);
