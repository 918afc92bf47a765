namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>Configuration section <c>Translation:Memory</c>.</summary>
public sealed class TranslationMemoryOptions
{
    public const string Section = "Translation:Memory";

    /// <summary>
    /// Whether engines are put behind the translation memory (in the results database, see <c>Storage</c>).
    /// Key: <c>Translation:Memory:Enabled</c>; default true.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
