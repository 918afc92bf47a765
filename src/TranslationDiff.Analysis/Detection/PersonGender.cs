namespace TranslationDiff.Analysis.Detection;

/// <summary>The grammatical gender a text gives a named person.</summary>
internal enum PersonGender
{
    Feminine,
    Masculine,
}
