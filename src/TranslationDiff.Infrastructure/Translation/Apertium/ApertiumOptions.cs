namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>Configuration section <c>Translation:Apertium</c>: the local engine and the APy service.</summary>
public sealed class ApertiumOptions
{
    /// <summary>The <c>apertium</c> program: a name looked up on PATH, or a path. Key: <c>Translation:Apertium:BinaryPath</c>.</summary>
    public string BinaryPath { get; set; } = "apertium";

    /// <summary>
    /// Directory holding the installed <c>*.mode</c> files; its parent is passed to <c>apertium -d</c>, so the
    /// directory must be called <c>modes</c>. Key: <c>Translation:Apertium:ModesDirectory</c>.
    /// </summary>
    public string ModesDirectory { get; set; } = "/usr/share/apertium/modes";

    /// <summary>
    /// Intermediate languages to prefer, best first, when no installed pair is direct (comma-separated codes).
    /// Key: <c>Translation:Apertium:PreferredIntermediates</c>.
    /// </summary>
    public string PreferredIntermediates { get; set; } = "es,ca";

    /// <summary>
    /// Regional or orthographic variant modes to use instead of the standard mode for their pair
    /// (comma-separated mode names such as <c>spa-eng_US,eng-cat_valencia</c>). Variant modes are skipped otherwise.
    /// Key: <c>Translation:Apertium:Variants</c>.
    /// </summary>
    public string Variants { get; set; } = string.Empty;

    /// <summary>Most hops a route may take (1 = direct pairs only). Key: <c>Translation:Apertium:MaxHops</c>.</summary>
    public int MaxHops { get; set; } = 3;

    /// <summary>Time allowed for one engine call (one process or one HTTP request). Key: <c>Translation:Apertium:Timeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Base URL of an Apertium APy service, e.g. <c>http://localhost:2737</c>; the <c>apertium-apy</c> engine is
    /// unusable while it is empty. Key: <c>Translation:Apertium:ApyUrl</c>.
    /// </summary>
    public string? ApyUrl { get; set; }

    /// <summary>
    /// Largest request sent to APy, in UTF-8 bytes of text; longer editions go in several requests. APy cuts a
    /// text into at most ten pieces of about 4 KB and silently drops the rest, so keep this well below 40 000.
    /// Key: <c>Translation:Apertium:ApyMaxRequestBytes</c>.
    /// </summary>
    public int ApyMaxRequestBytes { get; set; } = 16_000;

    /// <summary>The preferred intermediates as normalised language codes, best first.</summary>
    public IReadOnlyList<string> PreferredIntermediateList() => SplitList(PreferredIntermediates);

    /// <summary>The configured variant mode names.</summary>
    public IReadOnlyList<string> VariantList() => SplitList(Variants);

    private static string[] SplitList(string? value) =>
        (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
