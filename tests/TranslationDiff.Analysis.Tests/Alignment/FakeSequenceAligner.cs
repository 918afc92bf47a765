using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

/// <summary>Returns scripted beads per target edition (keyed by the target's first pivot text) and records the calls.</summary>
internal sealed class FakeSequenceAligner(Dictionary<string, IReadOnlyList<Bead>> script) : ISequenceAligner
{
    public List<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> Calls { get; } = [];

    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        Calls.Add((source, target));
        return script[target.Count == 0 ? string.Empty : target[0]];
    }

    public static Bead B(int[] source, int[] target) => new(source, target, 0.5);
}
