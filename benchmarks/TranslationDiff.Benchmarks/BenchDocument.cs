namespace TranslationDiff.Benchmarks;

/// <summary>
/// One document of the alignment benchmark: source S (<c>testK.de</c>), target T (<c>testK.fr</c>), the
/// line-by-line translation M of S into T's language (<c>testK.google.fr</c>) and the gold beads (<c>testK.defr</c>).
/// </summary>
internal sealed record BenchDocument(string Name, string[] Source, string[] Target, string[] Translation, List<(int[] Source, int[] Target)> Gold)
{
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
                BeadFile.Parse(File.ReadLines(files[3]), files[3])));
        }

        if (documents.Count == 0)
        {
            throw new FileNotFoundException($"No test0.de/.fr/.{translation}.fr/.defr documents in '{folder}'.");
        }

        return documents;
    }

    /// <summary>Lines without the final empty line a trailing newline would add.</summary>
    public static string[] ReadLines(string path)
    {
        var lines = File.ReadAllLines(path);
        return lines;
    }
}
