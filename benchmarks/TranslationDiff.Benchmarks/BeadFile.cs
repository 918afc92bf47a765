using System.Globalization;

namespace TranslationDiff.Benchmarks;

/// <summary>Reads and writes the benchmark's bead format, one bead a line: <c>[0, 1]:[2]</c> (anything after a second ':' is ignored).</summary>
internal static class BeadFile
{
    public static List<(int[] Source, int[] Target)> Parse(IEnumerable<string> lines, string name)
    {
        var beads = new List<(int[], int[])>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(':').Select(f => f.Trim()).Where(f => f.Length > 0).ToArray();
            if (fields.Length < 2)
            {
                throw new FormatException($"{name}:{number}: expected '[i, j]:[k]', got '{line}'.");
            }

            beads.Add((Indices(fields[0], name, number), Indices(fields[1], name, number)));
        }

        return beads;
    }

    private static int[] Indices(string field, string name, int number)
    {
        if (field.Length < 2 || field[0] != '[' || field[^1] != ']')
        {
            throw new FormatException($"{name}:{number}: expected a bracketed index list, got '{field}'.");
        }

        return field[1..^1]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.Parse(t, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
