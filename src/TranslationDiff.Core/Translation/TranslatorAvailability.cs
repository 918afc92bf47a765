namespace TranslationDiff.Core.Translation;

/// <summary>Whether an engine can translate now, with a line saying what it uses or what is missing.</summary>
public sealed record TranslatorAvailability(bool Usable, string Detail);
