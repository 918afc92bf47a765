using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Cli.Commands;

/// <summary><c>translators</c>: every registered engine, whether it can work now, and the pairs it serves.</summary>
internal static class TranslatorsCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("translators", "List the translation engines, whether each can be used now, and the language pairs each serves (direct, or routed like fr>es>en).");
        command.SetAction((parse, cancellationToken) => RunAsync(host.Services, parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var provider = services.GetRequiredService<ITranslatorProvider>();
        await output.WriteLineAsync($"Translation engines (default: {provider.DefaultName})").ConfigureAwait(false);
        var second = provider.GetSecondOpinion(null);
        var secondName = second is null
            ? "none (findings are not attributed to edition or engine)"
            : string.Equals(second.Name, provider.DefaultName, StringComparison.OrdinalIgnoreCase) ? $"{second.Name}, by another route" : second.Name;
        await output.WriteLineAsync($"Second opinion (Translation:SecondOpinion): {secondName}").ConfigureAwait(false);
        foreach (var name in provider.Names)
        {
            var translator = provider.Get(name)!;
            var (usable, detail, pairs) = await DescribeAsync(translator, cancellationToken).ConfigureAwait(false);
            var isDefault = string.Equals(name, provider.DefaultName, StringComparison.OrdinalIgnoreCase) ? " [default]" : string.Empty;
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{name}{isDefault}: {(usable ? "usable" : "NOT usable")}").ConfigureAwait(false);
            await output.WriteLineAsync($"  {detail}").ConfigureAwait(false);
            if (pairs is not null)
            {
                await WritePairsAsync(output, "direct", pairs.Where(p => p.Via is not { Count: > 0 }).ToList()).ConfigureAwait(false);
                await WritePairsAsync(output, "routed", pairs.Where(p => p.Via is { Count: > 0 }).ToList()).ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<(bool Usable, string Detail, IReadOnlyList<LanguagePair>? Pairs)> DescribeAsync(ITranslator translator, CancellationToken cancellationToken)
    {
        try
        {
            if (translator is IdentityTranslator)
            {
                return (true, "returns texts unchanged; only for editions already in the pivot language", null);
            }

            if (translator is ITranslatorAvailability availability)
            {
                var status = await availability.CheckAsync(cancellationToken).ConfigureAwait(false);
                var served = status.Usable && translator is ILanguagePairCatalog usableCatalog
                    ? await usableCatalog.GetPairsAsync(cancellationToken).ConfigureAwait(false)
                    : null;
                return (status.Usable, status.Detail, served);
            }

            var pairs = translator is ILanguagePairCatalog catalog ? await catalog.GetPairsAsync(cancellationToken).ConfigureAwait(false) : null;

            return pairs is null
                ? (true, "does not list its pairs; it reports unsupported pairs when asked", null)
                : (pairs.Count > 0, string.Create(CultureInfo.InvariantCulture, $"serves {pairs.Count} pairs"), pairs);
        }
#pragma warning disable CA1031 // One engine's broken check must not hide the others: report it and go on.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (false, $"checking it failed: {ex.Message}", null);
        }
    }

    private static async Task WritePairsAsync(TextWriter output, string kind, List<LanguagePair> pairs)
    {
        if (pairs.Count > 0)
        {
            var list = string.Join(' ', pairs.Select(p => p.ToString()));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {kind} ({pairs.Count}): {list}")).ConfigureAwait(false);
        }
    }
}
