namespace TranslationDiff.Core.Detection;

/// <summary>An edition's MQM-style quality: penalty points per 1,000 words and a 0..100 score (100 = no findings).</summary>
/// <param name="Language">The edition.</param>
/// <param name="Words">Its word count.</param>
/// <param name="Minor">Minor findings counted.</param>
/// <param name="Major">Major findings counted.</param>
/// <param name="Critical">Critical findings counted.</param>
/// <param name="Penalty">Weighted penalty: minor 1, major 5, critical 25.</param>
/// <param name="PenaltyPerThousandWords">The penalty per 1,000 words, the figure to rank editions by.</param>
/// <param name="Score">100 minus the penalty per 100 words, floored at 0.</param>
public sealed record EditionQuality(
    string Language, int Words, int Minor, int Major, int Critical, int Penalty, double PenaltyPerThousandWords, double Score);
