namespace TranslationDiff.Core.Pipeline;

/// <summary>What to compare and how.</summary>
public sealed record ComparisonRequest
{
    /// <summary>A name for the comparison (the article set's name, or one made from the inputs).</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<EditionInput> Editions { get; init; }

    /// <summary>The language every edition is translated into before aligning.</summary>
    public required string PivotLanguage { get; init; }

    /// <summary>The edition the others were translated from, when known.</summary>
    public string? OriginalLanguage { get; init; }

    /// <summary>Engine name ("apertium", "azure", "none"); null for the configured default.</summary>
    public string? Translator { get; init; }

    /// <summary>
    /// Translate every edition a second time by another route or engine when one is available, to tell edition
    /// artifacts from engine artifacts (see <see cref="Model.Finding.Attribution"/>). On by default.
    /// </summary>
    public bool SecondOpinion { get; init; } = true;
}
