namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// A bead's similarity through a <see cref="BilingualLexicon"/>, independent of the machine translation: an
/// F-measure of two IDF-weighted shares. On the source side (as written), the share of the words (three letters or
/// more) that have a translation stem, or their own stem (names, numbers spelt out, loan words), among the target
/// span's stems; on the target side, the share of the span's distinct stems that some source word reaches that way.
/// IDF is ln(units / units holding it), over the document's units of each side.
/// </summary>
internal sealed class LexicalSimilarity
{
    private readonly (double Weight, int[] Stems)[][] _source;
    private readonly int[][] _target;
    private readonly double[] _targetWeight;

    public LexicalSimilarity(BilingualLexicon dictionary, IReadOnlyList<string> original, IReadOnlyList<string> target)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(target);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var targetStems = target.Select(t => BilingualLexicon.Words(t).Select(BilingualLexicon.Stem).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var targetFrequency = new List<int>();
        foreach (var stems in targetStems)
        {
            foreach (var stem in stems)
            {
                if (!ids.TryGetValue(stem, out var id))
                {
                    ids[stem] = id = ids.Count;
                    targetFrequency.Add(0);
                }

                targetFrequency[id]++;
            }
        }

        _target = targetStems.Select(stems => stems.Select(s => ids[s]).Order().ToArray()).ToArray();
        _targetWeight = targetFrequency.Select(f => Math.Log((double)target.Count / f)).ToArray();

        var sourceWords = original.Select(u => BilingualLexicon.Words(u).ToArray()).ToArray();
        var sourceFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sourceWords.SelectMany(w => w.Distinct(StringComparer.Ordinal)))
        {
            sourceFrequency[word] = sourceFrequency.GetValueOrDefault(word) + 1;
        }

        _source = sourceWords.Select(words => words.Select(word =>
        {
            var reach = dictionary.Translate(word).Append(BilingualLexicon.Stem(word))
                .Select(s => ids.TryGetValue(s, out var id) ? id : -1)
                .Where(id => id >= 0)
                .Distinct()
                .ToArray();
            return (Math.Log((double)original.Count / sourceFrequency[word]), reach);
        }).ToArray()).ToArray();
    }

    /// <summary>Source units [i0, i0 + a) against target units [j0, j0 + b), 0..1.</summary>
    public double Score(int i0, int a, int j0, int b)
    {
        var targetSet = new HashSet<int>();
        for (var j = j0; j < j0 + b; j++)
        {
            targetSet.UnionWith(_target[j]);
        }

        if (targetSet.Count == 0)
        {
            return 0;
        }

        var hit = new HashSet<int>();
        double found = 0, all = 0;
        for (var i = i0; i < i0 + a; i++)
        {
            foreach (var (weight, stems) in _source[i])
            {
                all += weight;
                var any = false;
                foreach (var stem in stems)
                {
                    if (targetSet.Contains(stem))
                    {
                        hit.Add(stem);
                        any = true;
                    }
                }

                if (any)
                {
                    found += weight;
                }
            }
        }

        double reached = 0, total = 0;
        foreach (var stem in targetSet)
        {
            total += _targetWeight[stem];
            if (hit.Contains(stem))
            {
                reached += _targetWeight[stem];
            }
        }

        var precision = all > 0 ? found / all : 0;
        var recall = total > 0 ? reached / total : 0;
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    }
}
