using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>DEV ONLY (not to be committed): options overridden from ALIGN_SET="Name=value;...".</summary>
internal static class DevOptions
{
    public static SequenceAlignerOptions FromEnvironment()
    {
        var o = SequenceAlignerOptions.Default;
        var set = Environment.GetEnvironmentVariable("ALIGN_SET");
        if (string.IsNullOrEmpty(set))
        {
            return o;
        }

        foreach (var part in set.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=');
            var v = double.Parse(kv[1], CultureInfo.InvariantCulture);
            var prop = typeof(SequenceAlignerOptions).GetProperty(kv[0]) ?? throw new ArgumentException(kv[0]);
            o = o with { };
            prop.SetValue(o, prop.PropertyType == typeof(double?) ? (double?)v : prop.PropertyType == typeof(int) ? (object)(int)v : prop.PropertyType == typeof(bool) ? v != 0 : v);
        }

        Console.WriteLine("options: " + set);
        return o;
    }

    public static int LexCheck(string folder)
    {
        foreach (var document in BenchDocument.LoadFolder(folder))
        {
            var options = FromEnvironment();
            var scorer = new BeadScorer(options, document.Translation, document.Target, document.Source);
            new SequenceAligner(options).Align(scorer, document.Translation, document.Target);
            var lex = scorer.Lexicon!;
            var gold = document.Gold.Where(b => b.Source.Length == 1 && b.Target.Length == 1).ToList();
            double Mean(Func<(int[] Source, int[] Target), double> f) => gold.Average(f);
            var right = Mean(b => lex.Similarity(b.Source[0], 1, b.Target[0], 1));
            var shifted = gold.Where(b => b.Target[0] + 1 < document.Target.Length).Average(b => lex.Similarity(b.Source[0], 1, b.Target[0] + 1, 1));
            var chrRight = Mean(b => scorer.Evidence(b.Source[0], 1, b.Target[0], 1).Similarity);
            var chrShift = gold.Where(b => b.Target[0] + 1 < document.Target.Length).Average(b => scorer.Evidence(b.Source[0], 1, b.Target[0] + 1, 1).Similarity);
            // how often the right pair beats the shifted pair
            var wins = gold.Where(b => b.Target[0] + 1 < document.Target.Length).Count(b => lex.Similarity(b.Source[0], 1, b.Target[0], 1) > lex.Similarity(b.Source[0], 1, b.Target[0] + 1, 1));
            var cwins = gold.Where(b => b.Target[0] + 1 < document.Target.Length).Count(b => scorer.Evidence(b.Source[0], 1, b.Target[0], 1).Similarity > scorer.Evidence(b.Source[0], 1, b.Target[0] + 1, 1).Similarity);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Name}: lex right {right:F3} shifted {shifted:F3} wins {wins}/{gold.Count}; chrF right {chrRight:F3} shifted {chrShift:F3} wins {cwins}"));
        }

        return 0;
    }
}
