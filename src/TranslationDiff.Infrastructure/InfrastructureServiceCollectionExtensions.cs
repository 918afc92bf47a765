using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Fetching;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Reporting;
using TranslationDiff.Core.Sets;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Extraction;
using TranslationDiff.Infrastructure.Fetching;
using TranslationDiff.Infrastructure.Reporting;
using TranslationDiff.Infrastructure.Sets;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;
using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Fetching, extraction, translation engines and report writers, bound to configuration.</summary>
    public static IServiceCollection AddTranslationDiffInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient<IPageFetcher, PageFetcher>()
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHandlerFactory.Create(sp.GetRequiredService<IOptions<FetchOptions>>()));
        services.AddSingleton<IContentExtractor, ContentExtractor>();
        services.AddSingleton<IArticleSetLoader, ArticleSetLoader>();
        services.AddSingleton<IReportWriter, JsonReportWriter>();
        services.AddSingleton<IReportWriter, MarkdownReportWriter>();
        services.AddSingleton<IReportWriter, HtmlReportWriter>();

        services.AddOptions<TranslationOptions>()
            .Bind(configuration.GetSection(TranslationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddResultsDatabase(configuration);
        services.AddSingleton<ITranslator, IdentityTranslator>();

        // Apertium: the local program always; the APy service always too, reporting itself unusable (and
        // naming the key to set) while Translation:Apertium:ApyUrl is empty.
        services.AddSingleton<IValidateOptions<TranslationOptions>, ApertiumOptionsValidator>();
        services.AddHttpClient(ApertiumApyTranslator.HttpClientName);
        services.AddSingleton<ITranslator, ApertiumCliTranslator>();
        services.AddSingleton<ITranslator, ApertiumApyTranslator>();
        services.Replace(ServiceDescriptor.Singleton<ILexicon, ApertiumLexicon>());

        services.AddAzureTranslator();
        services.AddSingleton<ITranslatorProvider, ConfiguredTranslatorProvider>();
        return services;
    }
}
