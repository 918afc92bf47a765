using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.TestKit.Builders;

/// <summary>A small two-edition report with one finding, for writer and UI tests.</summary>
public static class ReportBuilder
{
    public static ComparisonReport TwoEditions(string enText = "the head of the war said. Yoon Suk Yeol State.") => new()
    {
        Name = "sample",
        PivotLanguage = "en",
        ReferenceLanguage = "fr",
        OriginalLanguage = "fr",
        Translator = "fake",
        CreatedAt = new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero),
        Editions =
        [
            new Edition
            {
                Language = "fr", Url = "fr.html", Title = "Titre", PivotTitle = "Title", TranslationRoute = "fake:fr>en",
                Paragraphs = [new Paragraph { Index = 0, Text = "a déclaré le chef de l’État, Yoon Suk Yeol.", PivotText = "said the head of State, Yoon Suk Yeol." }],
            },
            new Edition
            {
                Language = "en", Url = "en.html", Title = "Title", PivotTitle = "Title", TranslationRoute = "identity",
                Paragraphs = [new Paragraph { Index = 0, Text = enText, PivotText = enText }],
            },
        ],
        Groups = [new AlignmentGroup { Id = "g1", Kind = "1-1", Score = 0.61, Members = new Dictionary<string, IReadOnlyList<int>> { ["fr"] = [0], ["en"] = [0] } }],
        Diffs =
        [
            new ParagraphDiff
            {
                GroupId = "g1", Language = "en", ReferenceLanguage = "fr", Similarity = 0.5,
                Pieces = [new DiffPiece(DiffOperation.Deleted, "said "), new DiffPiece(DiffOperation.Equal, "the head of "), new DiffPiece(DiffOperation.Inserted, "the war said. ")],
            },
        ],
        Findings =
        [
            new Finding
            {
                Check = "broken-sentence", Category = "fluency/grammar", Severity = Severity.Major, Language = "en", Paragraph = 0,
                Start = 0, Length = enText.Length, Text = enText, PivotStart = 0, PivotLength = enText.Length,
                Message = "A sentence is broken in the middle of a name.",
                Evidence = new Dictionary<string, string> { ["fr"] = "a déclaré le chef de l’État, Yoon Suk Yeol." },
                GroupId = "g1",
                Attribution = FindingAttribution.Edition,
                Fingerprint = "5a3f0c9e2b7d4e1f8a6c0b9d",
            },
        ],
        Quality =
        [
            new Core.Detection.EditionQuality("en", 10, 0, 1, 0, 5, 500, 50),
            new Core.Detection.EditionQuality("fr", 9, 0, 0, 0, 0, 0, 100),
        ],
    };
}
