namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A text's marking of a person's gender: the person's key (the last word of the name, folded), the gender, the
/// span of the marking phrase (article and title, or honorific) and the name as written.
/// </summary>
internal sealed record GenderMark(string Person, PersonGender Gender, int Start, int Length, string Name, string Quote);
