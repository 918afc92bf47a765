namespace TranslationDiff.Core.Translation;

/// <summary>Used when no dictionary is installed: no language has one.</summary>
public sealed class NoLexicon : ILexicon
{
    public Task<IReadOnlyList<IReadOnlyList<string>>?> FindUnknownWordsAsync(string language, IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IReadOnlyList<string>>?>(null);
}
