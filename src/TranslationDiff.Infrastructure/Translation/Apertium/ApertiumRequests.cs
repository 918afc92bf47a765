using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>Request handling both Apertium adapters share.</summary>
internal static class ApertiumRequests
{
    /// <summary>The request's languages as routed: primary subtags ("fr-CA" routes as "fr").</summary>
    public static (string Source, string Target) Languages(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (LanguageTag.Primary(request.SourceLanguage), LanguageTag.Primary(request.TargetLanguage));
    }

    /// <summary>The answer when no engine is needed: the texts unchanged for one language, a problem for malformed codes; else null.</summary>
    public static TranslationResult? WithoutEngine(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!LanguageTag.IsWellFormed(request.SourceLanguage) || !LanguageTag.IsWellFormed(request.TargetLanguage))
        {
            return TranslationResult.Failed(
                ApertiumProblems.UnsupportedPair,
                $"'{request.SourceLanguage}' to '{request.TargetLanguage}' is not a pair of language codes; use codes such as fr, es, en.",
                $"{request.SourceLanguage}>{request.TargetLanguage}");
        }

        return LanguageTag.SameLanguage(request.SourceLanguage, request.TargetLanguage)
            ? new TranslationResult { Texts = request.Texts.Select(TranslatedText.Plain).ToList(), Route = "identity" }
            : null;
    }
}
