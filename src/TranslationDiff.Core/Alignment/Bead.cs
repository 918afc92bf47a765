namespace TranslationDiff.Core.Alignment;

/// <summary>
/// One step of an alignment: source units matched with target units. <c>[3]:[4,5]</c> is a 1-2 bead,
/// <c>[7]:[]</c> a source unit with no counterpart, <c>[]:[9]</c> a target unit with none.
/// </summary>
/// <param name="Source">0-based source indices, ascending.</param>
/// <param name="Target">0-based target indices, ascending.</param>
/// <param name="Score">Similarity of the two sides, 0..1 (0 for 1-0 and 0-1 beads).</param>
public sealed record Bead(IReadOnlyList<int> Source, IReadOnlyList<int> Target, double Score)
{
    /// <summary>"1-1", "2-1", "1-0", "0-1"...</summary>
    public string Kind => $"{Source.Count}-{Target.Count}";

    /// <summary>The benchmark format: <c>[0, 1]:[2]</c>.</summary>
    public override string ToString() => $"[{string.Join(", ", Source)}]:[{string.Join(", ", Target)}]";
}
