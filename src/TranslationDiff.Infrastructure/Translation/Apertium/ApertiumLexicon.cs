using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Apertium's morphological analysers as dictionaries, checked against word lists: the first stage of every
/// installed mode out of a language (<c>eng-spa.automorf.bin</c> and <c>eng-cat.automorf.bin</c> for English; the
/// analysers of the three Catalan pairs for Catalan) is run by <c>lt-proc</c> over the texts, and a word is unknown
/// only when every analyser marks it so (<c>^concejal/*concejal$</c>) and no word list of the language
/// (<see cref="TranslationOptions.WordLists"/>) has it: each pair's dictionary lacks words another has (Catalan
/// « olivar » is only in the Spanish–Catalan pair), and the analysers lack many loanwords ("munitions",
/// "rapprochement", "massif") that the lists hold. One process per analyser for all the texts of a request
/// (NUL-separated, <c>lt-proc -z</c>), side by side; an analyser that fails is left out. Without a word list the
/// analysers alone decide (loanwords they lack then count as unknown). No analyser for the language, no
/// <c>lt-proc</c>, or every analyser failing: null, and the run goes on.
/// </summary>
internal sealed partial class ApertiumLexicon(IOptions<TranslationOptions> options, TimeProvider clock, ILogger<ApertiumLexicon> logger) : ILexicon
{
    private const string Analyser = "lt-proc";

    private readonly ProcessRunner _runner = new(clock);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _analysers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<HashSet<string>?>> _wordLists = new(StringComparer.Ordinal);

    private ApertiumOptions Options => options.Value.Apertium;

    public async Task<IReadOnlyList<IReadOnlyList<string>>?> FindUnknownWordsAsync(string language, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var code = LanguageTag.Primary(language);
        var analysers = _analysers.GetOrAdd(code, FindAnalysers);
        var words = _wordLists.GetOrAdd(code, c => new Lazy<HashSet<string>?>(() => ReadWordLists(c))).Value;
        var program = ProcessRunner.Locate(Analyser);
        if (analysers.Count == 0 || program is null || texts.Count == 0)
        {
            return texts.Count == 0 ? [] : null;
        }

        var input = new StringBuilder();
        foreach (var text in texts)
        {
            Escape(input, text);
            input.Append('\0');
        }

        // The analysers run side by side; one that fails is left out (and logged), the others still answer.
        var stream = input.ToString();
        var results = await Task.WhenAll(analysers.Select(a => UnknownToAsync(program, a, stream, texts.Count, code, cancellationToken))).ConfigureAwait(false);
        List<List<string>>? unknown = null;
        foreach (var found in results.Where(r => r is not null).Select(r => r!))
        {
            // A word is unknown only when no analyser knows it.
            unknown = unknown is null ? found : unknown.Select((list, i) => list.Where(w => found[i].Contains(w, StringComparer.Ordinal)).ToList()).ToList();
        }

        if (unknown is null)
        {
            return null;
        }

        return unknown
            .Select(list => (IReadOnlyList<string>)list.Where(w => words is null || !words.Contains(w.ToLowerInvariant())).ToList())
            .ToList();
    }

    /// <summary>The words one analyser marks unknown, one list per text, in order; null when it could not run.</summary>
    private async Task<List<List<string>>?> UnknownToAsync(string program, string analyser, string input, int count, string language, CancellationToken cancellationToken)
    {
        ProcessOutcome outcome;
        try
        {
            outcome = await _runner.RunAsync(program, ["-z", analyser], input, Options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception ex)
        {
            logger.LogWarning(ex, "Could not start {Program} to look up {Language} words; unknown words of that edition are not checked", program, language);
            return null;
        }

        var parts = outcome.StandardOutput.Split('\0');
        if (outcome.TimedOut || outcome.ExitCode != 0 || parts.Length < count)
        {
            logger.LogWarning(
                "{Program} {Analyser} failed (exit {Code}, timed out {TimedOut}, {Parts} of {Count} texts): {Error}; unknown words of the {Language} edition are not checked",
                program, analyser, outcome.ExitCode, outcome.TimedOut, parts.Length, count, outcome.StandardError.Trim(), language);
            return null;
        }

        return parts.Take(count)
            .Select(p => UnknownUnit().Matches(p).Select(m => Unescape(m.Groups["word"].Value)).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
    }

    /// <summary>Every word of the language's lists, lower-cased; null when none of its lists is present.</summary>
    private HashSet<string>? ReadWordLists(string language)
    {
        if (!options.Value.WordLists.TryGetValue(language, out var paths))
        {
            return null;
        }

        HashSet<string>? words = null;
        foreach (var path in paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(File.Exists))
        {
            try
            {
                var read = File.ReadLines(path).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).ToList();
                words ??= new HashSet<string>(StringComparer.Ordinal);
                words.UnionWith(read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Could not read the word list {Path}; it is left out", path);
            }
        }

        logger.LogDebug("Word lists for {Language}: {Count} words from {Paths}", language, words?.Count ?? 0, paths);
        return words;
    }

    /// <summary>The analysers of every installed mode out of <paramref name="language"/>, each file once (standard modes first); empty when none.</summary>
    private IReadOnlyList<string> FindAnalysers(string language)
    {
        if (!Directory.Exists(Options.ModesDirectory))
        {
            return [];
        }

        var modes = ApertiumModeDirectory.Read(Options.ModesDirectory)
            .Where(m => m.Source == language)
            .OrderBy(m => m.Variant is null ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var mode in modes)
        {
            var file = Path.Combine(Options.ModesDirectory, mode.Name + ".mode");
            var match = File.Exists(file) ? AnalyserPath().Match(File.ReadAllText(file)) : Match.Empty;
            var path = match.Groups["path"].Value;
            if (match.Success && File.Exists(path) && !found.Contains(path, StringComparer.Ordinal))
            {
                found.Add(path);
            }
        }

        logger.LogDebug("Dictionaries for {Language}: {Paths}", language, string.Join(", ", found));
        return found;
    }

    /// <summary>Apertium's stream format reserves these characters; a backslash makes them plain text.</summary>
    private static void Escape(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '^' or '$' or '/' or '<' or '>' or '@' or '*' or '[' or ']' or '{' or '}' or '#')
            {
                output.Append('\\');
            }

            output.Append(c == '\0' ? ' ' : c);
        }
    }

    private static string Unescape(string word) => word.Replace("\\", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"lt-proc(?:\s+-[a-z]+)*\s+'(?<path>[^']+\.automorf\.bin)'", RegexOptions.CultureInvariant)]
    private static partial Regex AnalyserPath();

    [GeneratedRegex(@"\^(?<word>(?:\\.|[^/$^\\])+)/\*", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownUnit();
}
