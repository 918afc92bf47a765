using System.Text.RegularExpressions;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// English sentences that keep a Romance language's place for a time adverbial: between the verb's phrase and
/// its complement ("engaged in a war since 2022 with Ukraine" for « depuis 2022 avec l'Ukraine »; "to put out to
/// tender before the end of the year the extension of the line"). English puts the complement first.
/// </summary>
internal static partial class DisplacedAdverbials
{
    public static IEnumerable<(int Start, int Length, string Message)> Find(string text)
    {
        foreach (Match m in SinceWith().Matches(text))
        {
            yield return (m.Index, m.Length,
                $"“{m.Value}” places the time (“{m.Groups["time"].Value}”) before the complement (“{m.Groups["complement"].Value}…”), as French and Spanish do; English writes the complement first.");
        }

        foreach (Match m in TimeBeforeObject().Matches(text))
        {
            yield return (m.Index, m.Length,
                $"“{m.Value}” places the time (“{m.Groups["time"].Value}”) before the object (“{m.Groups["object"].Value}”), as French and Spanish do; English writes the object first.");
        }
    }

    [GeneratedRegex(@"\b(?<time>(?:since|for) (?:\d{4}|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years|months|weeks|days|decades)))(?<complement> (?:with|against))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceWith();

    [GeneratedRegex(@"(?<=\p{Ll} )(?<time>(?:before|by|until|after|at) the (?:end|beginning|start|middle) of (?:the|this|next) (?:year|month|week|summer|season|decade|term|spring|autumn|winter)) (?<object>(?:the|a|an) (?:\p{Ll}+ ){0,2}\p{Ll}+)(?= of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBeforeObject();
}
