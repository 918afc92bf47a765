using System.Globalization;
using TranslationDiff.Benchmarks;

if (args.Length >= 2 && args[0] == "align")
{
    var output = args.Length >= 4 && args[2] == "--output" ? args[3] : null;
    return AlignBenchmark.Run(args[1], output);
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
    return ScaleBenchmark.Run(int.Parse(args[1], CultureInfo.InvariantCulture), folder, bandOnly);
}

Console.Error.WriteLine("""
    usage:
      align FOLDER [--output DIR]     strict/lax P/R/F1 per document and overall, and the time
      align-tune FOLDER               leave-one-document-out tuning of the aligner's parameters
      align-scale N [FOLDER]          time and peak memory of aligning N x N sentences (the test documents repeated)
    """);
return 2;
