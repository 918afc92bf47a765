using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Tells differences that come from an edition from those its translation engine made. Run the checks twice,
/// on pivot texts from two engines or two routes (e.g. fr>en and fr>es>en): a finding both runs raise belongs
/// to the edition; one only the primary run raises, from a check that reads pivot texts, is marked as a likely
/// engine artifact (<see cref="FindingAttribution.Engine"/>) and lowered to minor; the others are the
/// edition's (<see cref="FindingAttribution.Edition"/>). Checks that read only the edition's own text are
/// the edition's whatever the engine did.
/// </summary>
public sealed class EngineAttribution : IEngineAttribution
{
    /// <summary>Checks whose findings depend on the pivot texts.</summary>
    public static IReadOnlySet<string> PivotDependent { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CheckIds.BrokenSentence, CheckIds.LowercasedName, CheckIds.NamedEntity, CheckIds.WordOrder, CheckIds.Untranslated,
        CheckIds.LengthRatio, CheckIds.LowSimilarity, CheckIds.OmittedParagraph, CheckIds.AddedParagraph, CheckIds.OmittedWord,
    };

    /// <summary>
    /// Checks that judge only the editions' own words (and the original's language): the engine cannot cause them.
    /// The grammar checks (lost-tense, dangling-attribution, resumptive-pronoun, verbless-sentence) are here: they
    /// flag words an edition published, and read other editions' pivot texts only to find the matching sentence
    /// or to vouch for what the original says.
    /// </summary>
    public static IReadOnlySet<string> OwnText { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CheckIds.Numbers, CheckIds.GluedWords, CheckIds.DoubledWord, CheckIds.UnbalancedPunctuation, CheckIds.Terminology,
        CheckIds.Calque, CheckIds.Punctuation, CheckIds.GenderAgreement, CheckIds.FalseSense,
        CheckIds.LostTense, CheckIds.DanglingAttribution, CheckIds.ResumptivePronoun, CheckIds.VerblessSentence,
    };

    public const string Marker = "Likely an engine artifact";

    public IReadOnlyList<Finding> Attribute(IReadOnlyList<Finding> primary, IReadOnlyList<Finding> secondary, string secondaryRoute)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        return primary.Select(f => !PivotDependent.Contains(f.Check) || secondary.Any(s => Same(f, s)) ? AsEditions(f) : AsEngineArtifact(f, secondaryRoute)).ToList();
    }

    private static Finding AsEditions(Finding f)
    {
        f.Attribution = FindingAttribution.Edition;
        return f;
    }

    private static bool Same(Finding a, Finding b) =>
        a.Check == b.Check && a.Language == b.Language && a.Paragraph == b.Paragraph
        && (a.Length == 0 || b.Length == 0 ? a.Start == b.Start : a.Start < b.Start + b.Length && b.Start < a.Start + a.Length);

    private static Finding AsEngineArtifact(Finding f, string secondaryRoute) => new()
    {
        Check = f.Check,
        Category = f.Category,
        Severity = Severity.Minor,
        Language = f.Language,
        Paragraph = f.Paragraph,
        Start = f.Start,
        Length = f.Length,
        Text = f.Text,
        PivotStart = f.PivotStart,
        PivotLength = f.PivotLength,
        Message = $"{Marker}: not raised with the second translations ({secondaryRoute}). {f.Message}",
        Evidence = f.Evidence,
        GroupId = f.GroupId,
        Attribution = FindingAttribution.Engine,
        Fingerprint = f.Fingerprint,
    };
}
