using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>Builds the adapters against the Apertium installed from Debian packages (see the CI script).</summary>
internal static class ApertiumTestSetup
{
    /// <summary>Where Debian installs the modes; APERTIUM_MODES_DIR overrides it.</summary>
    public static string ModesDirectory =>
        Environment.GetEnvironmentVariable("APERTIUM_MODES_DIR") is { Length: > 0 } custom ? custom : "/usr/share/apertium/modes";

    public static IOptions<TranslationOptions> Options(Action<ApertiumOptions>? configure = null, Action<TranslationOptions>? configureTranslation = null)
    {
        var options = new TranslationOptions();
        options.Apertium.ModesDirectory = ModesDirectory;
        configure?.Invoke(options.Apertium);
        configureTranslation?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static ApertiumCliTranslator Cli(Action<ApertiumOptions>? configure = null) =>
        new(Options(configure), TimeProvider.System, NullLogger<ApertiumCliTranslator>.Instance);
}
