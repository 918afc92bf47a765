namespace TranslationDiff.Benchmarks;

internal static class ScaleBenchmark
{
    public static int Run(int size, string folder)
    {
        Console.WriteLine($"{size} {folder}");
        return 0;
    }
}
