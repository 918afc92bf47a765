using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>Everything a check may look at: all editions, their alignment and their word diffs.</summary>
public sealed class DetectionContext
{
    public required IReadOnlyList<Edition> Editions { get; init; }

    public required IReadOnlyList<AlignmentGroup> Groups { get; init; }

    public IReadOnlyList<ParagraphDiff> Diffs { get; init; } = [];

    public required string PivotLanguage { get; init; }

    /// <summary>The edition the others are compared with.</summary>
    public required string ReferenceLanguage { get; init; }

    /// <summary>The edition the others were translated from, when known.</summary>
    public string? OriginalLanguage { get; init; }

    public Edition? EditionFor(string language) =>
        Editions.FirstOrDefault(e => string.Equals(e.Language, language, StringComparison.Ordinal));

    /// <summary>The group holding paragraph <paramref name="index"/> of <paramref name="language"/>.</summary>
    public AlignmentGroup? GroupOf(string language, int index) =>
        Groups.FirstOrDefault(g => g.For(language).Contains(index));
}
