namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>Which edition versions a run read.</summary>
internal sealed class RunEditionEntry
{
    public required string RunId { get; set; }

    public long EditionVersionId { get; set; }

    public EditionVersionEntry? EditionVersion { get; set; }
}
