namespace TranslationDiff.Analysis.Detection;

/// <summary>The compound tenses the lost-tense check follows.</summary>
internal enum CompoundTenseKind
{
    /// <summary>Before another past moment: « avait signé », « había firmado », English "had signed".</summary>
    Pluperfect,

    /// <summary>An unreal or reported past: « aurait signé », « habría firmado », English "would have signed".</summary>
    ConditionalPerfect,
}
