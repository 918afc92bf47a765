using Microsoft.Extensions.Options;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>Checks <c>Translation:Apertium:*</c> at start-up and names the key at fault.</summary>
internal sealed class ApertiumOptionsValidator : IValidateOptions<TranslationOptions>
{
    private const string Prefix = "Translation:Apertium:";

    public ValidateOptionsResult Validate(string? name, TranslationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var apertium = options.Apertium;
        var failures = new List<string>();
        if (apertium is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix[..^1]} must be an object.");
        }

        if (string.IsNullOrWhiteSpace(apertium.BinaryPath))
        {
            failures.Add($"{Prefix}BinaryPath must name the apertium program (default 'apertium').");
        }

        if (string.IsNullOrWhiteSpace(apertium.ModesDirectory)
            || !string.Equals(Path.GetFileName(Path.TrimEndingDirectorySeparator(apertium.ModesDirectory)), "modes", StringComparison.Ordinal))
        {
            failures.Add($"{Prefix}ModesDirectory must be a directory called 'modes' (apertium -d takes its parent); got '{apertium.ModesDirectory}'.");
        }

        if (apertium.MaxHops is < 1 or > 4)
        {
            failures.Add($"{Prefix}MaxHops must be between 1 and 4; got {apertium.MaxHops}.");
        }

        if (apertium.Timeout <= TimeSpan.Zero || apertium.Timeout > TimeSpan.FromHours(1))
        {
            failures.Add($"{Prefix}Timeout must be a positive duration up to 01:00:00 (e.g. 00:02:00); got {apertium.Timeout}.");
        }

        if (!string.IsNullOrWhiteSpace(apertium.ApyUrl)
            && (!Uri.TryCreate(apertium.ApyUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            failures.Add($"{Prefix}ApyUrl must be an absolute http(s) URL such as http://localhost:2737; got '{apertium.ApyUrl}'.");
        }

        if (apertium.ApyMaxRequestBytes is < 500 or > 40_000)
        {
            failures.Add($"{Prefix}ApyMaxRequestBytes must be between 500 and 40000 (APy drops text beyond about 40 KB); got {apertium.ApyMaxRequestBytes}.");
        }

        foreach (var code in apertium.PreferredIntermediateList().Where(c => !Core.Model.LanguageTag.IsWellFormed(c)))
        {
            failures.Add($"{Prefix}PreferredIntermediates holds '{code}', which is not a language code.");
        }

        foreach (var variant in apertium.VariantList().Where(v => ApertiumMode.FromName(v) is null))
        {
            failures.Add($"{Prefix}Variants holds '{variant}', which is not a mode name such as spa-eng_US.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
