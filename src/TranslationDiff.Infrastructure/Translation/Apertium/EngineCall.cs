namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>One call to an Apertium engine: translate <paramref name="input"/> with <paramref name="mode"/>.</summary>
internal delegate Task<EngineCallResult> EngineCall(ApertiumMode mode, string input, CancellationToken cancellationToken);
