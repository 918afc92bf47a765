using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Views of the context the checks share: counterparts in other editions, the pivot-language edition.</summary>
internal static class DetectionContextExtensions
{
    /// <summary>Whether the edition's pivot text is its own text (it is written in the pivot language).</summary>
    public static bool IsPivotEdition(this DetectionContext context, Edition edition) =>
        LanguageTag.SameLanguage(edition.Language, context.PivotLanguage);

    /// <summary>The reference edition, or null when it is missing from the context.</summary>
    public static Edition? Reference(this DetectionContext context) => context.EditionFor(context.ReferenceLanguage);

    /// <summary>The edition in the original language when it is known and present, else the reference edition; null when neither is.</summary>
    public static Edition? OriginalOrReference(this DetectionContext context) =>
        context.OriginalLanguage is { } original
            ? context.Editions.FirstOrDefault(e => LanguageTag.SameLanguage(e.Language, original))
            : context.Reference();

    /// <summary>Whether <paramref name="language"/> is the original's, when the original language is known.</summary>
    public static bool IsOriginalLanguage(this DetectionContext context, string language) =>
        context.OriginalLanguage is { } original && LanguageTag.SameLanguage(language, original);

    /// <summary>Editions other than the reference, which the cross-edition checks judge.</summary>
    public static IEnumerable<Edition> Judged(this DetectionContext context) =>
        context.Editions.Where(e => !string.Equals(e.Language, context.ReferenceLanguage, StringComparison.Ordinal));

    /// <summary>What the other editions have in the group of paragraph <paramref name="index"/> of <paramref name="edition"/>.</summary>
    public static IReadOnlyList<Counterpart> CounterpartsOf(this DetectionContext context, Edition edition, int index)
    {
        var group = context.GroupOf(edition.Language, index);
        if (group is null)
        {
            return [];
        }

        var result = new List<Counterpart>();
        foreach (var other in context.Editions)
        {
            if (ReferenceEquals(other, edition))
            {
                continue;
            }

            var members = group.For(other.Language).Where(i => i >= 0 && i < other.Paragraphs.Count).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            result.Add(new Counterpart(
                other,
                members,
                string.Join(" ", members.Select(i => other.Paragraphs[i].Text)),
                string.Join(" ", members.Select(i => other.Paragraphs[i].PivotText))));
        }

        return result
            .OrderBy(c => string.Equals(c.Language, context.ReferenceLanguage, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Language, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>All the edition's paragraph texts, one per line.</summary>
    public static string Text(this Edition edition) => string.Join("\n", edition.Paragraphs.Select(p => p.Text));

    /// <summary>The group's paragraph indices for the edition, leaving out any that the edition does not have.</summary>
    public static IReadOnlyList<int> MembersOf(this AlignmentGroup group, Edition edition) =>
        group.For(edition.Language).Where(i => i >= 0 && i < edition.Paragraphs.Count).ToList();
}
