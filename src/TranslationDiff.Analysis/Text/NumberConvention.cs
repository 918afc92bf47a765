namespace TranslationDiff.Analysis.Text;

/// <summary>How a language writes numbers: its decimal mark, the thousands separators it uses.</summary>
/// <param name="Name">A short name for messages ("English", "French").</param>
/// <param name="DecimalMark">The decimal mark.</param>
/// <param name="Groups">Thousands separators in use; the first is the preferred one.</param>
/// <param name="OrdinalDot">Whether "1." is an ordinal ("am 1. November").</param>
internal sealed record NumberConvention(string Name, char DecimalMark, IReadOnlyList<char> Groups, bool OrdinalDot = false)
{
    public bool IsGroupSeparator(char c) => Groups.Contains(c) || (Groups.Contains(' ') && NumberConventions.IsSpace(c));

    /// <summary>How the convention writes 8000, for messages.</summary>
    public string Example => "8" + (Groups[0] == ' ' ? "\u00A0" : Groups[0].ToString()) + "000 and 1" + DecimalMark + "5";
}
