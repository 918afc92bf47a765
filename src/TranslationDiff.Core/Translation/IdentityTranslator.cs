namespace TranslationDiff.Core.Translation;

/// <summary>
/// The "none" engine: returns texts unchanged. Used for editions already in the pivot language, and when
/// no engine is wanted; refuses other pairs so that an untranslated edition is never compared as if it were.
/// </summary>
public sealed class IdentityTranslator : ITranslator
{
    public string Name => "none";

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Model.LanguageTag.SameLanguage(request.SourceLanguage, request.TargetLanguage))
        {
            return Task.FromResult(TranslationResult.Failed(
                "translate.unsupported-pair",
                $"The 'none' engine does not translate; {request.SourceLanguage} text cannot be compared in {request.TargetLanguage}. Choose an engine with --translator apertium or azure.",
                $"{request.SourceLanguage}>{request.TargetLanguage}"));
        }

        return Task.FromResult(new TranslationResult
        {
            Texts = request.Texts.Select(TranslatedText.Plain).ToList(),
            Route = "identity",
        });
    }
}
