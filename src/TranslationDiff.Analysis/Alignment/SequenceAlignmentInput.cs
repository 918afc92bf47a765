namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// What <see cref="SequenceAligner"/> aligns: the source units in the target's language (the pivot) and the target
/// units, with optional further evidence. Every optional list, when given, has one entry per unit of its side.
/// </summary>
/// <param name="Source">Source units translated into the target's language (the pivot texts), one per unit.</param>
/// <param name="Target">Target units.</param>
public sealed record SequenceAlignmentInput(IReadOnlyList<string> Source, IReadOnlyList<string> Target)
{
    /// <summary>The source units as written, before translation: lengths for the length prior, and the text the
    /// <see cref="TargetTranslation"/> is compared with. Null when the source is already in the target's language.</summary>
    public IReadOnlyList<string>? Original { get; init; }

    /// <summary>
    /// The target units translated into the source's language, one per target unit; when given (with
    /// <see cref="Original"/>), the bead similarity also compares the source as written with this translation.
    /// </summary>
    public IReadOnlyList<string>? TargetTranslation { get; init; }

    /// <summary>A second translation of the source into the target's language, one per source unit, averaged in
    /// with the first (<see cref="SequenceAlignerOptions.SecondTranslationWeight"/>).</summary>
    public IReadOnlyList<string>? SecondSourceTranslation { get; init; }

    /// <summary>Throws when an optional list has the wrong number of units, or a target translation has no original to be compared with.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Source);
        ArgumentNullException.ThrowIfNull(Target);
        if (Original is not null && Original.Count != Source.Count)
        {
            throw new ArgumentException("The original source needs as many units as its translation.", nameof(Original));
        }

        if (SecondSourceTranslation is not null && SecondSourceTranslation.Count != Source.Count)
        {
            throw new ArgumentException("The second source translation needs as many units as the source.", nameof(SecondSourceTranslation));
        }

        if (TargetTranslation is not null)
        {
            if (TargetTranslation.Count != Target.Count)
            {
                throw new ArgumentException("The target translation needs as many units as the target.", nameof(TargetTranslation));
            }

            if (Original is null)
            {
                throw new ArgumentException("A target translation is compared with the original source, which is missing.", nameof(TargetTranslation));
            }
        }
    }
}
