namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>How one check did on the corpus.</summary>
/// <param name="Check">The check id.</param>
/// <param name="Artifacts">Artifacts labelled with this check.</param>
/// <param name="Found">Of those, how many a finding of this check covers.</param>
/// <param name="Findings">Findings the check raised.</param>
/// <param name="FalseAlarms">Findings that cover no labelled artifact at all.</param>
public sealed record CheckScore(string Check, int Artifacts, int Found, int Findings, int FalseAlarms)
{
    /// <summary>Share of findings that point at a labelled artifact; 1 when the check raised nothing.</summary>
    public double Precision => Findings == 0 ? 1 : (double)(Findings - FalseAlarms) / Findings;

    /// <summary>Share of labelled artifacts found; 1 when there were none.</summary>
    public double Recall => Artifacts == 0 ? 1 : (double)Found / Artifacts;
}
