using System.Globalization;
using TranslationDiff.Benchmarks;

if (args.Length >= 2 && args[0] == "align")
{
    string? Value(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
    var options = Value("--set") is { } settings ? AlignBenchmark.WithSettings(settings) : null;
    return AlignBenchmark.Run(args[1], Value("--output"), args.Contains("--target-side"), args.Contains("--europarl"), options);
}

if (args.Length >= 2 && args[0] == "align-tune")
{
    return AlignTuner.Run(args[1], args.Length >= 4 && args[2] == "--grid" ? args[3] : null);
}

if (args.Length >= 3 && args[0] == "align-diff")
{
    return AlignDiagnostics.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

if (args.Length >= 7 && args[0] == "align-probe")
{
    var n = args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    return AlignProbe.Run(args[1], n[0], n[1], n[2], n[3], n[4]);
}

if (args.Length >= 2 && args[0] == "align-scale")
{
    var folder = args.Length >= 3 ? args[2] : "/work/shared/bench/align";
    var bandOnly = args.Contains("--band-only");
    folder = args.Length >= 3 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : "/work/shared/bench/align";
    return ScaleBenchmark.Run(int.Parse(args[1], CultureInfo.InvariantCulture), folder, bandOnly, args.Contains("--target-side"));
}

Console.Error.WriteLine("""
    usage:
      align FOLDER [--output DIR] [--target-side] [--europarl] [--set Name=value,...]
                                      strict/lax P/R/F1 per document and overall, and the time
      align-tune FOLDER [--grid NAME] leave-one-document-out tuning of the aligner's parameters
      align-scale N [FOLDER] [--band-only] [--target-side]
                                      time and peak memory of aligning N x N sentences (the test documents repeated)
    """);
return 2;
