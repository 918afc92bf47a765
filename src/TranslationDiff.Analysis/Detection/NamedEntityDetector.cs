using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Named entities (people, places, organisations, publications): a name the other editions keep and this
/// edition lacks or translated literally ("International Mail" for "Courrier international"); a name left in
/// the source language's transliteration where another edition spells it otherwise ("Andriï Sybiga"); and
/// one name spelled two ways in the same edition ("Kim Jong Un" and "Kim Jong-un"); and a name that lost the
/// diacritics every other edition gives it ("Penalba" for « Peñalba »), or is one letter off the form they
/// agree on ("Gruisan" for « Gruissan »); a person's first name translated ("Jorge Vilaplana" for « Jordi Vilaplana »);
/// and institution or place names engines translate word for word ("Board of Andalusia", "Molinos of Duero").
/// </summary>
internal sealed class NamedEntityDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.NamedEntity;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var findings = new List<Finding>();
        foreach (var edition in context.Judged())
        {
            // First: an engine's word-for-word copy of a place's name says more than "the others keep the name" at the same place.
            findings.AddRange(EngineCopiedNames.Find(context, edition));
            findings.AddRange(KeptNames.Find(context, edition));
            findings.AddRange(Transliterations.Find(context, edition));
            findings.AddRange(NameConsistency.Find(context, edition));
            findings.AddRange(LostDiacritics.Find(context, edition));
            findings.AddRange(MisspelledNames.Find(context, edition));
            findings.AddRange(TranslatedFirstNames.Find(context, edition));
            findings.AddRange(LiteralNames.Find(context, edition));
            findings.AddRange(PartlyTranslatedNames.Find(context, edition));
        }

        return findings
            .GroupBy(f => (f.Language, f.Paragraph, f.Start))
            .Select(g => g.First())
            .ToList();
    }
}
