using System.Globalization;
using System.Text;

namespace TranslationDiff.Analysis.Text;

/// <summary>Writes a value in a language's number convention, for messages ("8,000" in English, "8 000" in French).</summary>
internal static class NumberFormatter
{
    public static string Format(decimal value, NumberConvention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var invariant = Math.Abs(value).ToString("0.##########", CultureInfo.InvariantCulture);
        var parts = invariant.Split('.');
        var integer = parts[0];
        var builder = new StringBuilder();
        var group = convention.Groups[0] == ' ' ? '\u00A0' : convention.Groups[0];
        var yearLike = parts.Length == 1 && value is >= 1000 and <= 2100;
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0 && !yearLike)
            {
                builder.Append(group);
            }

            builder.Append(integer[i]);
        }

        if (parts.Length > 1)
        {
            builder.Append(convention.DecimalMark).Append(parts[1]);
        }

        return (value < 0 ? "-" : string.Empty) + builder;
    }
}
