using System.Globalization;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Benchmarks;

string? Flag(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 2 && at + 1 < args.Length ? args[at + 1] : null;
}

var dictionaryFile = Flag("--dictionary");
var dictionary = dictionaryFile is null ? null : BilingualLexicon.LoadDictd(dictionaryFile);

if (args.Length >= 2 && args[0] == "align")
{
    var weight = Flag("--dictionary-weight") is { } w ? double.Parse(w, CultureInfo.InvariantCulture) : (double?)null;
    return AlignBenchmark.Run(args[1], Flag("--output"), dictionary, weight);
}

if (args.Length >= 2 && args[0] == "align-tune")
{
    return AlignTuner.Run(args[1], Flag("--grid"), dictionary);
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
      align FOLDER [--output DIR] [--dictionary INDEX [--dictionary-weight W]]
                                      strict/lax P/R/F1 per document and overall, and the time
      align-tune FOLDER [--grid NAME] [--dictionary INDEX]
                                      leave-one-document-out tuning of the aligner's parameters
      align-scale N [FOLDER]          time and peak memory of aligning N x N sentences (the test documents repeated)
    """);
return 2;
