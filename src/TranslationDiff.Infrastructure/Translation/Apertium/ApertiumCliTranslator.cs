using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// The "apertium" engine: the locally installed Apertium (Debian packages), one <c>apertium</c> process per
/// hop per request, whole editions batched (see <see cref="ParagraphBatch"/>). Pairs come from the modes
/// directory; languages without a direct pair are chained through installed ones (fr>es>en).
/// </summary>
internal sealed class ApertiumCliTranslator(
    IOptions<TranslationOptions> options, TimeProvider clock, ILogger<ApertiumCliTranslator> logger)
    : ITranslator, ILanguagePairCatalog, ITranslatorAvailability, ITranslatorVersion, ISecondRouteSource
{
    public const string EngineName = "apertium";

    /// <summary>Raise when the adapter's handling of text changes (batching, marks), so cached output is not reused.</summary>
    internal const string AdapterVersion = "apertium-cli-1";

    private readonly ProcessRunner _runner = new(clock);

    public string Name => EngineName;

    /// <summary>True for the second-opinion instance, which takes the best route other than the usual one.</summary>
    internal bool SecondRoute { get; init; }

    public ITranslator AsSecondRoute() => new ApertiumCliTranslator(options, clock, logger) { SecondRoute = true };

    private ApertiumOptions Options => options.Value.Apertium;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ApertiumRequests.WithoutEngine(request) is { } answer)
        {
            return answer;
        }

        var (source, target) = ApertiumRequests.Languages(request);
        var binary = ProcessRunner.Locate(Options.BinaryPath);
        if (binary is null)
        {
            return ApertiumProblems.MissingBinary(Options.BinaryPath, source, target);
        }

        var finder = BuildFinder();
        var route = SecondRoute ? finder.FindAlternative(source, target) : finder.Find(source, target);
        if (route is null)
        {
            return SecondRoute && finder.Find(source, target) is { } only
                ? ApertiumProblems.NoSecondRoute(Name, only, finder)
                : ApertiumProblems.NoRoute(Name, source, target, finder, Options.MaxHops, remote: false);
        }

        var dataDirectory = ApertiumModeDirectory.DataDirectory(Options.ModesDirectory);
        var translation = new RoutedTranslation(Name, (mode, input, ct) => CallAsync(binary, dataDirectory, mode, input, ct), int.MaxValue);
        var result = await translation.RunAsync(route, request.Texts, cancellationToken).ConfigureAwait(false);
        logger.LogDebug(
            "Apertium translated {Count} texts {Language} via {Route}: {Calls} processes, {Characters} characters",
            request.Texts.Count, source, result.Route, result.EngineCalls, result.CharactersSent);
        return result;
    }

    public Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<LanguagePair> pairs = ProcessRunner.Locate(Options.BinaryPath) is null
            ? []
            : BuildFinder().AllRoutes().Select(r => r.ToLanguagePair()).ToList();
        return Task.FromResult(pairs);
    }

    public Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken)
    {
        var binary = ProcessRunner.Locate(Options.BinaryPath);
        var installed = ApertiumModeDirectory.Read(Options.ModesDirectory);
        var used = BuildFinder().Modes.Count;
        var availability = binary is null
            ? new TranslatorAvailability(false, $"the program '{Options.BinaryPath}' was not found; sudo apt-get install apertium apertium-fr-es apertium-eng-spa")
            : used == 0
                ? new TranslatorAvailability(false, $"{binary} is installed but {Options.ModesDirectory} holds no translation modes; install a pair, e.g. sudo apt-get install apertium-eng-spa")
                : new TranslatorAvailability(true, string.Create(CultureInfo.InvariantCulture, $"{binary}, {used} of {installed.Count} modes in {Options.ModesDirectory} used"));
        return Task.FromResult(availability);
    }

    /// <summary>
    /// The adapter's version and, per hop of the route, the mode with its file's date: a package upgrade
    /// rewrites the mode file, so the translation memory starts afresh for the pairs it touched.
    /// </summary>
    public ValueTask<string> GetVersionAsync(string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        var finder = BuildFinder();
        var (source, target) = (LanguageTag.Normalize(sourceLanguage), LanguageTag.Normalize(targetLanguage));
        var route = SecondRoute ? finder.FindAlternative(source, target) : finder.Find(source, target);
        var hops = route?.Hops.Select(h =>
        {
            var file = Path.Combine(Options.ModesDirectory, h.Name + ".mode");
            var stamp = File.Exists(file) ? File.GetLastWriteTimeUtc(file).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "?";
            return $"{h.Name}@{stamp}";
        }) ?? [];
        return ValueTask.FromResult($"{AdapterVersion};{string.Join(';', hops)}");
    }

    private RouteFinder BuildFinder() =>
        new(RouteFinder.SelectModes(ApertiumModeDirectory.Read(Options.ModesDirectory), Options.VariantList()),
            Options.PreferredIntermediateList(), Options.MaxHops);

    private async Task<EngineCallResult> CallAsync(string binary, string dataDirectory, ApertiumMode mode, string input, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        ProcessOutcome outcome;
        try
        {
            outcome = await _runner.RunAsync(binary, ["-d", dataDirectory, "-f", "txt", mode.Name], input, Options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception ex)
        {
            return EngineCallResult.Failure(
                ApertiumProblems.EngineUnavailable,
                $"The Apertium program '{binary}' could not be started ({ex.Message}). Install it with `sudo apt-get install apertium` or fix Translation:Apertium:BinaryPath.",
                binary);
        }

        logger.LogDebug("apertium {Mode}: {Characters} characters in {Milliseconds} ms, exit {ExitCode}", mode.Name, input.Length, watch.ElapsedMilliseconds, outcome.ExitCode);
        if (outcome.TimedOut)
        {
            return EngineCallResult.Failure(
                ApertiumProblems.EngineTimeout,
                string.Create(CultureInfo.InvariantCulture, $"apertium {mode.Name} did not finish within {Options.Timeout.TotalSeconds:0.#} s for {input.Length} characters and was stopped. Raise Translation:Apertium:Timeout or check that the machine is not overloaded."),
                mode.Name);
        }

        if (outcome.ExitCode != 0)
        {
            return EngineCallResult.Failure(
                ApertiumProblems.EngineFailed,
                string.Create(CultureInfo.InvariantCulture, $"apertium {mode.Name} failed with exit code {outcome.ExitCode}: {ApertiumProblems.Excerpt(outcome.StandardError)}. Check the installation with `echo test | apertium {mode.Name}`."),
                mode.Name);
        }

        return EngineCallResult.Success(outcome.StandardOutput);
    }
}
