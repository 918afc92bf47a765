using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// One document of the alignment benchmark: source S (<c>testK.de</c>), target T (<c>testK.fr</c>), the
/// line-by-line translation M of S into T's language (<c>testK.google.fr</c>) and the gold beads (<c>testK.defr</c>);
/// when the folder has them, the translation of T into S's language (<c>testK.google.de</c>) and a second
/// translation of S (<c>testK.europarlfull.fr</c>), which only the fifth round's options read.
/// </summary>
internal sealed record BenchDocument(string Name, string[] Source, string[] Target, string[] Translation, List<(int[] Source, int[] Target)> Gold)
{
    /// <summary>T translated line by line into S's language (<c>testK.google.de</c>), or null.</summary>
    public string[]? TargetTranslation { get; init; }

    /// <summary>A second translation of S into T's language (<c>testK.europarlfull.fr</c>), or null.</summary>
    public string[]? SecondTranslation { get; init; }

    /// <summary>The aligner's input: M against T with S's lengths, plus the extra translations asked for (and present).</summary>
    public SequenceAlignmentInput Input(bool targetSide = false, bool secondSource = false) => new(Translation, Target)
    {
        Original = Source,
        TargetTranslation = targetSide ? TargetTranslation : null,
        SecondSourceTranslation = secondSource ? SecondTranslation : null,
    };

    /// <summary>Every <c>testK</c> document of the folder that has all four files, in K order.</summary>
    public static List<BenchDocument> LoadFolder(string folder, string translation = "google")
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Benchmark folder '{folder}' does not exist.");
        }

        var documents = new List<BenchDocument>();
        for (var k = 0; ; k++)
        {
            var stem = Path.Combine(folder, $"test{k}");
            string[] files = [stem + ".de", stem + ".fr", $"{stem}.{translation}.fr", stem + ".defr"];
            if (!files.All(File.Exists))
            {
                break;
            }

            documents.Add(new BenchDocument(
                $"test{k}",
                ReadLines(files[0]),
                ReadLines(files[1]),
                ReadLines(files[2]),
                BeadFile.Parse(File.ReadLines(files[3]), files[3]))
            {
                TargetTranslation = ReadOptional(stem + ".google.de"),
                SecondTranslation = ReadOptional(stem + ".europarlfull.fr"),
            });
        }

        if (documents.Count == 0)
        {
            throw new FileNotFoundException($"No test0.de/.fr/.{translation}.fr/.defr documents in '{folder}'.");
        }

        return documents;
    }

    private static string[]? ReadOptional(string path) => File.Exists(path) ? ReadLines(path) : null;

    /// <summary>Lines without the final empty line a trailing newline would add.</summary>
    public static string[] ReadLines(string path)
    {
        var lines = File.ReadAllLines(path);
        return lines;
    }
}
