namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>The part of the memory one request looks in: engine, engine version and language direction.</summary>
internal sealed record MemoryPartition(string Engine, string EngineVersion, string SourceLanguage, string TargetLanguage);
