namespace TranslationDiff.Core.Model;

/// <summary>The values of <see cref="Finding.Attribution"/>.</summary>
public static class FindingAttribution
{
    /// <summary>Both translation routes show it: the edition itself says this.</summary>
    public const string Edition = "edition";

    /// <summary>Only the primary route shows it: most likely made by the engine, not by the edition.</summary>
    public const string Engine = "engine";
}
