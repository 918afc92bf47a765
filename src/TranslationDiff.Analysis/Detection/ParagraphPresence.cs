using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Shared reasoning of the omitted- and added-paragraph checks: which groups an edition lacks or adds.</summary>
internal static class ParagraphPresence
{
    public static int Words(string text) => Text.WordTokenizer.Tokenize(text).Count;

    /// <summary>The paragraph of the edition before which a missing group's text belongs, and the offset there.</summary>
    public static (int Paragraph, int Offset) InsertionPoint(DetectionContext context, Edition edition, int groupIndex)
    {
        for (var g = groupIndex + 1; g < context.Groups.Count; g++)
        {
            var members = context.Groups[g].MembersOf(edition);
            if (members.Count > 0)
            {
                return (members.Min(), 0);
            }
        }

        if (edition.Paragraphs.Count == 0)
        {
            return (-1, 0);
        }

        var last = edition.Paragraphs[^1];
        return (last.Index, last.Text.Length);
    }

    /// <summary>
    /// Whether group <paramref name="groupIndex"/>, which the edition lacks (or alone has), sits next to a group
    /// the edition alone has (or lacks) whose text renders the same content: the aligner failed to pair two
    /// paragraphs, nothing was omitted or added.
    /// </summary>
    public static bool IsAlignmentSlip(DetectionContext context, Edition edition, Edition reference, int groupIndex)
    {
        var group = context.Groups[groupIndex];
        var lacking = group.For(edition.Language).Count == 0;
        for (var g = Math.Max(0, groupIndex - 1); g <= Math.Min(context.Groups.Count - 1, groupIndex + 1); g++)
        {
            var other = context.Groups[g];
            if (g == groupIndex || (lacking ? other.For(reference.Language).Count > 0 || other.For(edition.Language).Count == 0
                                            : other.For(edition.Language).Count > 0 || other.For(reference.Language).Count == 0))
            {
                continue;
            }

            var (mine, theirs) = lacking ? (other, group) : (group, other);
            var myPivot = string.Join(" ", mine.MembersOf(edition).Select(i => edition.Paragraphs[i].PivotText));
            foreach (var (language, indices) in theirs.Members.Where(m => m.Key != edition.Language))
            {
                var owner = context.EditionFor(language);
                if (owner is not null && Alike(myPivot, string.Join(" ", indices.Where(i => i >= 0 && i < owner.Paragraphs.Count).Select(i => owner.Paragraphs[i].PivotText))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>chrF above which two unpaired neighbouring paragraphs are taken for one paragraph (or half their content words shared).</summary>
    private const double SlipChrF = 40;

    /// <summary>Two pivot texts render the same content: similar characters or words, or (short ones) the same numbers.</summary>
    private static bool Alike(string a, string b)
    {
        if (Text.ChrF.Score(a, b) >= SlipChrF || Text.WordOverlap.Dice(a, b) >= 0.5)
        {
            return true;
        }

        var numbersA = Text.NumberParser.Parse(a, "en").Where(n => !n.IsWord).Select(n => n.Text).Order(StringComparer.Ordinal).ToList();
        var numbersB = Text.NumberParser.Parse(b, "en").Where(n => !n.IsWord).Select(n => n.Text).Order(StringComparer.Ordinal).ToList();
        return numbersA.Count > 0 && numbersA.SequenceEqual(numbersB) && Words(a) <= 8 && Words(b) <= 8;
    }

    public static Severity SeverityFor(int words, bool heading, DetectionOptions options) =>
        heading || words < options.ParagraphMajorWords ? Severity.Minor : Severity.Major;
}
