using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Carries a request along a route, hop by hop, with as few engine calls as the batch size allows (one per
/// hop for the CLI). Between hops the engine's marks are removed, so the next hop sees clean text, and the
/// untranslated words are remembered. Shared by the CLI and APy adapters; only <see cref="EngineCall"/> differs.
/// </summary>
internal sealed class RoutedTranslation(string engineName, EngineCall call, int maxBatchBytes)
{
    private int _calls;
    private long _characters;

    public async Task<TranslationResult> RunAsync(ApertiumRoute route, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(texts);
        var routeName = $"{engineName}:{route}";
        var prepared = texts.Select(t => UnknownWordMarkers.ProtectLiterals(ParagraphBatch.Normalize(t ?? string.Empty))).ToList();
        var live = Enumerable.Range(0, prepared.Count).Where(i => prepared[i].Length > 0).ToList();
        var current = live.Select(i => prepared[i]).ToArray();
        var unknownByHop = live.Select(_ => new List<IReadOnlyList<string>>()).ToArray();

        foreach (var hop in route.Hops)
        {
            if (current.Length == 0)
            {
                break;
            }

            var outputs = new string[current.Length];
            foreach (var batch in Pack(current))
            {
                var problem = await TranslateAsync(hop, batch, current, outputs, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    return new TranslationResult { Problem = problem, Route = routeName, EngineCalls = _calls, CharactersSent = _characters };
                }
            }

            for (var k = 0; k < outputs.Length; k++)
            {
                var (text, unknown) = UnknownWordMarkers.Strip(outputs[k]);
                current[k] = text.Trim();
                unknownByHop[k].Add(unknown);
            }
        }

        var results = texts.Select(_ => TranslatedText.Plain(string.Empty)).ToArray();
        for (var k = 0; k < live.Count; k++)
        {
            var unknown = MergeHops(unknownByHop[k]).Select(UnknownWordMarkers.RestoreLiterals).ToList();
            results[live[k]] = new TranslatedText(UnknownWordMarkers.RestoreLiterals(current[k]), unknown);
        }

        return new TranslationResult { Texts = results, Route = routeName, EngineCalls = _calls, CharactersSent = _characters };
    }

    /// <summary>
    /// Unknown words of the whole route: the first hop's, then those a later hop added. A word the first
    /// hop left untranslated is usually marked again by the next hop; that second mark is the same word.
    /// </summary>
    internal static List<string> MergeHops(IReadOnlyList<IReadOnlyList<string>> hops)
    {
        var merged = new List<string>();
        foreach (var hop in hops)
        {
            var carried = merged.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var word in hop)
            {
                if (carried.TryGetValue(word, out var left) && left > 0)
                {
                    carried[word] = left - 1;
                }
                else
                {
                    merged.Add(word);
                }
            }
        }

        return merged;
    }

    /// <summary>Consecutive index ranges whose batched size stays under the limit (a larger text goes alone).</summary>
    private IEnumerable<List<int>> Pack(string[] texts)
    {
        var batch = new List<int>();
        var size = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var add = ParagraphBatch.Utf8Size(texts[i]);
            if (batch.Count > 0 && size + add > maxBatchBytes)
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(i);
            size += add;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>
    /// Translates the texts at <paramref name="indices"/> in one call. Should the output not split back into
    /// as many texts (never seen with the CLI; APy drops text beyond about 40 KB, less under load), each
    /// half is sent again on its own, down to single texts.
    /// </summary>
    private async Task<Problem?> TranslateAsync(ApertiumMode hop, List<int> indices, string[] inputs, string[] outputs, CancellationToken cancellationToken)
    {
        var input = ParagraphBatch.Join(indices.Select(i => inputs[i]));
        _calls++;
        _characters += input.Length;
        var result = await call(hop, input, cancellationToken).ConfigureAwait(false);
        if (result.Problem is not null)
        {
            return result.Problem;
        }

        var split = ParagraphBatch.Split(result.Output ?? string.Empty, indices.Count);
        if (split is not null)
        {
            for (var k = 0; k < indices.Count; k++)
            {
                outputs[indices[k]] = split[k];
            }

            return null;
        }

        if (indices.Count == 1)
        {
            return new Problem(
                "translate",
                "translate.engine-output",
                $"The {engineName} engine's {hop.Name} output could not be matched to its input: the end mark after the text came back missing or repeated ({input.Length} characters sent). Try again; if it persists, report it with the text.",
                hop.Name);
        }

        var half = indices.Count / 2;
        return await TranslateAsync(hop, indices[..half], inputs, outputs, cancellationToken).ConfigureAwait(false)
            ?? await TranslateAsync(hop, indices[half..], inputs, outputs, cancellationToken).ConfigureAwait(false);
    }
}
