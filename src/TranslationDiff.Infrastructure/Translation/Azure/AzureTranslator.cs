using System.Globalization;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// The "azure" engine: Azure AI Translator through the Text REST API v3.0. Checks the pair against the
/// service's language list before sending anything, packs texts into as few requests as the limits allow,
/// paces them with a characters-per-minute budget, retries transient failures and reports every final
/// failure as a <see cref="Problem"/> (<c>translate.azure-*</c>, <c>translate.unsupported-pair</c>,
/// <c>translate.engine-unavailable</c>).
/// </summary>
internal sealed class AzureTranslator : ITranslator, ILanguagePairCatalog, ITranslatorAvailability, ITranslatorVersion, IDisposable
{
    public const string EngineName = "azure";

    private readonly IHttpClientFactory _httpClients;
    private readonly ITypedHttpClientFactory<AzureTranslatorClient> _clients;
    private readonly IOptionsMonitor<TranslationOptions> _options;
    private readonly ILogger<AzureTranslator> _logger;
    private readonly AzureRetryPolicy _retry;
    private readonly AzureLanguageCatalog _languages;
    private readonly CharacterBudget _budget;

    public AzureTranslator(
        IHttpClientFactory httpClients,
        ITypedHttpClientFactory<AzureTranslatorClient> clients,
        IOptionsMonitor<TranslationOptions> options,
        TimeProvider clock,
        ILogger<AzureTranslator> logger)
    {
        _httpClients = httpClients;
        _clients = clients;
        _options = options;
        _logger = logger;
        _retry = new AzureRetryPolicy(clock, logger);
        _languages = new AzureLanguageCatalog(clock, logger);
        _budget = new CharacterBudget(clock);
    }

    public string Name => EngineName;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = _options.CurrentValue.Azure;
        var route = $"{LanguageTag.Normalize(request.SourceLanguage)}>{LanguageTag.Normalize(request.TargetLanguage)}";
        if (!options.HasKey)
        {
            return MissingKey(route);
        }

        var client = CreateClient();
        var (codes, failure, requests) = await _languages.GetAsync(options, _retry, client, cancellationToken).ConfigureAwait(false);
        if (codes is null)
        {
            return TranslationResult.Failed(failure!.ProblemCode, "Could not get Azure Translator's language list: " + failure.Message, route);
        }

        var from = AzureLanguageCatalog.Resolve(codes, request.SourceLanguage);
        var to = AzureLanguageCatalog.Resolve(codes, request.TargetLanguage);
        if (from is null || to is null)
        {
            var missing = from is null ? request.SourceLanguage : request.TargetLanguage;
            return TranslationResult.Failed(
                "translate.unsupported-pair",
                $"Azure Translator does not translate '{missing}' ({route}); nothing was sent. Choose another engine with --translator, or check the edition's language code.",
                route);
        }

        var plan = AzureTranslationPlan.Create(request.Texts, options.MaxElementsPerRequest, options.MaxCharactersPerRequest, options.MaxCharactersPerElement);
        var translated = new Dictionary<int, AzureTranslatedItem>();
        long characters = 0;
        var calls = 0;
        foreach (var batch in plan.Batches)
        {
            var size = AzureTranslationPlan.CharactersOf(batch);
            await _budget.AcquireAsync(size, options.CharactersPerMinute, cancellationToken).ConfigureAwait(false);
            var texts = batch.Select(p => p.Content).ToList();
            var result = await _retry.ExecuteAsync(
                "translate", options, ct => client.TranslateAsync(options, from, to, texts, ct), cancellationToken).ConfigureAwait(false);
            calls += result.Requests;
            characters += (long)size * result.Requests;
            if (!result.Succeeded)
            {
                if (result.Failure!.Reason == "unsupported-language")
                {
                    _languages.Invalidate();
                }

                _logger.LogWarning(
                    "Azure Translator failed for {Language} ({Route}) with {Reason} after {Requests} requests",
                    request.SourceLanguage, route, result.Failure.Reason, calls);
                return TranslationResult.Failed(result.Failure.ProblemCode, result.Failure.Message, route) with
                {
                    CharactersSent = characters,
                    EngineCalls = calls,
                };
            }

            for (var i = 0; i < batch.Count; i++)
            {
                translated[batch[i].Ordinal] = result.Value![i];
            }
        }

        _logger.LogInformation(
            "Azure Translator translated {Texts} texts for {Language} ({Route}) in {Requests} requests, {Characters} characters",
            request.Texts.Count, request.SourceLanguage, route, calls, characters);
        return new TranslationResult
        {
            Texts = plan.Assemble(translated),
            Route = $"{EngineName}:{route}",
            CharactersSent = characters,
            EngineCalls = calls,
        };
    }

    /// <summary>The API version and endpoint: translations from another endpoint or API version are kept apart.</summary>
    public ValueTask<string> GetVersionAsync(string sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        ValueTask.FromResult($"azure-v3.0;{_options.CurrentValue.Azure.Endpoint}");

    /// <summary>Usable when a key is configured and the service's language list can be read.</summary>
    public async Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue.Azure;
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            return new TranslatorAvailability(false, "no key: set the environment variable Translation__Azure__Key (and Translation__Azure__Region for a regional resource)");
        }

        var (codes, failure, _) = await _languages.GetAsync(options, _retry, CreateClient(), cancellationToken).ConfigureAwait(false);
        return codes is null
            ? new TranslatorAvailability(false, failure!.Message)
            : new TranslatorAvailability(true, string.Create(CultureInfo.InvariantCulture, $"{options.Endpoint}: {codes.Count} languages"));
    }

    /// <summary>Every ordered pair of the service's translation languages, in the model's codes.</summary>
    public async Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue.Azure;
        var (codes, failure, _) = await _languages.GetAsync(options, _retry, CreateClient(), cancellationToken).ConfigureAwait(false);
        if (codes is null)
        {
            throw new HttpRequestException(failure!.Message);
        }

        var languages = codes.Values.Select(AzureLanguageCodes.ToModel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return languages.SelectMany(s => languages.Where(t => t != s).Select(t => new LanguagePair(s, t))).ToList();
    }

    public void Dispose()
    {
        _languages.Dispose();
        _budget.Dispose();
    }

    private static TranslationResult MissingKey(string route) => TranslationResult.Failed(
        "translate.engine-unavailable",
        "The azure engine has no key. Set the environment variable Translation__Azure__Key (configuration key Translation:Azure:Key), "
        + "and Translation__Azure__Region for a regional resource, or choose another engine with --translator.",
        route);

    private AzureTranslatorClient CreateClient() =>
        _clients.CreateClient(_httpClients.CreateClient(nameof(AzureTranslatorClient)));
}
