namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>Reads the installed translation modes from a modes directory (the <c>*.mode</c> files <c>apertium -l</c> lists).</summary>
internal static class ApertiumModeDirectory
{
    /// <summary>Every translation mode in <paramref name="directory"/>, variants included; empty when the directory is absent.</summary>
    public static IReadOnlyList<ApertiumMode> Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*.mode")
            .Select(f => ApertiumMode.FromName(Path.GetFileNameWithoutExtension(f)))
            .OfType<ApertiumMode>()
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The directory to give <c>apertium -d</c>: the parent of the modes directory.</summary>
    public static string DataDirectory(string modesDirectory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(modesDirectory))) ?? modesDirectory;
}
