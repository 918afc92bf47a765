using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Where a list entry looks for the source wording it needs (a false sense's source word, a calque's source anchor):
/// the aligned paragraph of the original edition when the original is known and present, since a translated edition
/// copies the original's wording, not another translation's (a French original's « compromis » rendered as
/// “compromise” is right, whatever a Spanish translation made of it); the aligned paragraphs of every edition in one
/// of the entry's source languages when the original is unknown or missing.
/// </summary>
internal static class SourceWitnesses
{
    /// <summary>
    /// The counterparts among <paramref name="counterparts"/> (what the other editions have in the group of one of
    /// <paramref name="edition"/>'s paragraphs) in which to look for an entry with source languages
    /// <paramref name="sources"/>. Empty when the original is present but not in one of those languages.
    /// </summary>
    public static IEnumerable<Counterpart> For(DetectionContext context, Edition edition, IReadOnlyList<Counterpart> counterparts, IEnumerable<string> sources)
    {
        var languages = sources.ToList();
        var inSource = counterparts.Where(c => languages.Any(s => LanguageTag.SameLanguage(s, c.Language)));
        if (context.OriginalLanguage is { } original
            && !LanguageTag.SameLanguage(edition.Language, original)
            && context.Editions.Any(e => LanguageTag.SameLanguage(e.Language, original)))
        {
            return inSource.Where(c => LanguageTag.SameLanguage(c.Language, original));
        }

        return inSource;
    }
}
