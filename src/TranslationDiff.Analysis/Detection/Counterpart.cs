using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>What another edition has in an alignment group: its paragraphs there, joined.</summary>
internal sealed record Counterpart(Edition Edition, IReadOnlyList<int> Paragraphs, string Text, string PivotText)
{
    public string Language => Edition.Language;
}
