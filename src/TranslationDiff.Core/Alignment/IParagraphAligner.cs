using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Alignment;

/// <summary>Groups the paragraphs of N editions (by their pivot texts) around a reference edition.</summary>
public interface IParagraphAligner
{
    IReadOnlyList<AlignmentGroup> Align(IReadOnlyList<Edition> editions, string referenceLanguage);
}
