using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TranslationDiff.Analysis;
using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core;
using TranslationDiff.Infrastructure;

namespace TranslationDiff.Cli;

/// <summary>
/// The CLI's composition root: configuration (appsettings.json beside the binary, then environment
/// variables, then user-secrets) and the services every command shares, built once on first use.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private ServiceProvider? _services;

    /// <summary>Configuration overrides set by command-line options before services are built.</summary>
    public Dictionary<string, string?> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IServiceProvider Services => _services ??= Build();

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: report and exit 1 rather than crash with a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"error: internal error: {ex.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("This is a bug in TranslationDiff; please report it with the command you ran.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    public ValueTask DisposeAsync() => _services?.DisposeAsync() ?? ValueTask.CompletedTask;

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddUserSecrets(typeof(CliHost).Assembly, optional: true)
            .AddInMemoryCollection(Overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("TranslationDiff", LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddTranslationDiffCore();
        services.AddTranslationDiffAnalysis();
        services.Configure<DetectionOptions>(configuration.GetSection("Detection"));
        services.AddTranslationDiffInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
