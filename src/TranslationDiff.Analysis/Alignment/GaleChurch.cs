namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// The length prior of Gale and Church (1993): a target of length t facing a source of length s deviates from the
/// expected t = c·s by δ = (t − c·s) / √(s̄·σ²), normally distributed; the cost is −ln P(|Δ| ≥ |δ|). Here s̄ is the
/// mean of s and t/c, so empty sides stay finite.
/// </summary>
internal static class GaleChurch
{
    private const double MaxCost = 25;

    public static double Cost(double sourceLength, double targetLength, double ratio, double variance)
    {
        var mean = (sourceLength + (targetLength / ratio)) / 2;
        if (mean <= 0)
        {
            return 0;
        }

        var delta = Math.Abs(targetLength - (ratio * sourceLength)) / Math.Sqrt(mean * variance);
        return Math.Min(MaxCost, -LogErfc(delta / Math.Sqrt(2)));
    }

    /// <summary>ln erfc(x) for x ≥ 0 (Abramowitz–Stegun 7.1.26 in log form, so the far tail does not underflow).</summary>
    private static double LogErfc(double x)
    {
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return Math.Log(poly) - (x * x);
    }
}
