using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// One multi-word name spelled two ways in the same edition; the less frequent spelling is flagged, and between spellings as
/// frequent that differ only by accents the one no other edition writes (else the later one).
/// </summary>
internal static class NameConsistency
{
    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        var uses = edition.Paragraphs
            .SelectMany(p => NameRuns.Of(p.Text).SelectMany(SubRuns).Select(r => (Paragraph: p.Index, Run: r)))
            .GroupBy(u => Key(u.Run.Text), StringComparer.Ordinal)
            .Where(g => g.Select(u => u.Run.Text).Distinct(StringComparer.Ordinal).Count() > 1);
        var others = context.Editions.Where(e => !ReferenceEquals(e, edition)).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        var flagged = new List<(int Paragraph, TextSpan Run)>();
        foreach (var group in uses.OrderByDescending(g => g.Key.Length))
        {
            // Between spellings as frequent that differ only by accents (« Roumégoux », "Roumegoux"), the one the other editions
            // write is the right one; a spelling of this language's own (“Kim Jong Un” beside « Kim Jong-un ») is not judged by them.
            var accentsOnly = group.Select(u => TextFold.WithoutDiacritics(u.Run.Text)).Distinct(StringComparer.Ordinal).Count() == 1;
            var forms = group.GroupBy(u => u.Run.Text, StringComparer.Ordinal)
                .OrderByDescending(f => f.Count())
                .ThenByDescending(f => accentsOnly && others.Any(t => t.Contains(f.Key, StringComparison.Ordinal)))
                .ThenBy(f => f.Min(u => (u.Paragraph * 100_000) + u.Run.Start))
                .ToList();
            var preferred = forms[0].Key;
            foreach (var use in forms.Skip(1).SelectMany(f => f))
            {
                if (flagged.Any(f => f.Paragraph == use.Paragraph && f.Run.Overlaps(use.Run.Start, use.Run.Length)) || ParticleCase(use.Run.Text, preferred))
                {
                    continue;
                }

                flagged.Add(use);
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [edition.Language] = preferred };
                yield return FindingFactory.Create(context, edition, use.Paragraph, use.Run.Start, use.Run.Length,
                    (CheckIds.NamedEntity, Categories.Spelling, Severity.Minor), $"“{use.Run.Text}” is written “{preferred}” elsewhere in this edition.", evidence);
            }
        }
    }

    /// <summary>
    /// Whether two spellings differ only by the capital of a surname's particle ("de Wit", "De Wit"): a sentence that
    /// opens with the name capitalises it, and that is no second spelling.
    /// </summary>
    private static bool ParticleCase(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 2 || a[1..] != b[1..] || char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]))
        {
            return false;
        }

        var first = WordTokenizer.Tokenize(a)[0].Text.ToLowerInvariant();
        return Particles.Contains(first);
    }

    private static readonly HashSet<string> Particles = new(
        ["de", "van", "von", "da", "di", "du", "del", "della", "le", "la", "ter", "ten", "den", "der", "dos", "das", "do", "el", "al"],
        StringComparer.Ordinal);

    /// <summary>Every stretch of two words or more of a run ("Minister Hélène Marchetti" holds "Hélène Marchetti"), so a title before a name does not hide it.</summary>
    private static IEnumerable<TextSpan> SubRuns(TextSpan run)
    {
        var words = WordTokenizer.Tokenize(run.Text);
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var start = words[i].Start;
                var end = words[j].End;
                yield return new TextSpan(run.Start + start, end - start, run.Text[start..end]);
            }
        }
    }

    private static string Key(string run) => new(TextFold.Fold(run).Where(char.IsLetterOrDigit).ToArray());
}
