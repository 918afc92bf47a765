using System.Text;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class BilingualLexiconTests
{
    private static readonly BilingualLexicon Small = new(
    [
        Entry("Berg", "montagne", "mont"),
        Entry("Führer", "guide"),
        Entry("Hütte", "cabane", "refuge"),
        Entry("steigen", "monter"),
        Entry("Nebel", "brouillard"),
        Entry("Regen", "pluie"),
    ]);

    [Fact]
    public void Translate_FindsAHeadwordWhateverItsCase()
    {
        Assert.Equal(["monta", "mont"], Small.Translate("berg").Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Translate_TakesOffAnInflectionalEnding()
    {
        Assert.Equal(["caban", "refug"], Small.Translate("hütten").Order(StringComparer.Ordinal));
        Assert.Equal(["monte"], Small.Translate("steigt"));
    }

    [Fact]
    public void Translate_SplitsACompoundIntoItsParts()
    {
        var stems = Small.Translate("bergführer");

        Assert.Contains("guide", stems);
        Assert.Contains("monta", stems);
    }

    [Fact]
    public void Translate_ReturnsNothing_ForAnUnknownWord()
    {
        Assert.Empty(Small.Translate("schnee"));
    }

    [Fact]
    public void LoadDictd_ReadsNumberedAndPlainEntries()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon-test");
        try
        {
            var entries = new[]
            {
                "Hütte /ˈhʏtə/ <n, fem>\ncabane, refuge\nkleines Haus in den Bergen\n",
                "steigen /ˈʃtaɪ̯ɡn̩/ <v>\n1. monter 2.\nsich nach oben bewegen\n 3.\neinen höheren Wert annehmen\n2. escalader\nzu Fuss einen Hang überwinden\n",
            };
            var text = new StringBuilder();
            var index = new StringBuilder();
            foreach (var (entry, headword) in entries.Zip(["hütte", "steigen"]))
            {
                var offset = Encoding.UTF8.GetByteCount(text.ToString());
                text.Append(entry);
                index.Append(headword).Append('\t').Append(Base64Number(offset)).Append('\t').Append(Base64Number(Encoding.UTF8.GetByteCount(entry))).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder.FullName, "de-fr.dict"), text.ToString(), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder.FullName, "de-fr.index"), index.ToString(), new UTF8Encoding(false));

            var lexicon = BilingualLexicon.LoadDictd(Path.Combine(folder.FullName, "de-fr.index"));

            Assert.Equal(2, lexicon.Count);
            Assert.Equal(["caban", "refug"], lexicon.Translate("hütte").Order(StringComparer.Ordinal));
            Assert.Equal(["escal", "monte"], lexicon.Translate("steigen").Order(StringComparer.Ordinal));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void LexicalSimilarity_PrefersTheTranslationOverItsNeighbour()
    {
        string[] german = ["Im Nebel steigen wir zur Hütte.", "Dann kommt der Regen.", "Der Führer wartet."];
        string[] french = ["Dans le brouillard nous montons au refuge.", "Puis vient la pluie.", "Le guide attend."];

        var similarity = new LexicalSimilarity(Small, german, french);

        for (var i = 0; i < german.Length; i++)
        {
            for (var j = 0; j < french.Length; j++)
            {
                if (j != i)
                {
                    Assert.True(similarity.Score(i, 1, i, 1) > similarity.Score(i, 1, j, 1), $"{i} against {j}");
                }
            }
        }
    }

    [Fact]
    public void SequenceAligner_AlignsOneToOne_WithADictionary_WhenTheTranslationIsTheSourceAsWritten()
    {
        string[] german = ["Im Nebel steigen wir zur Hütte.", "Dann kommt der Regen.", "Der Führer wartet vor der Hütte.", "Wir steigen weiter zum Berg."];
        string[] french = ["Dans le brouillard nous montons au refuge.", "Puis vient la pluie.", "Le guide attend devant le refuge.", "Nous montons encore vers la montagne."];
        var translation = german.ToArray();
        var options = SequenceAlignerOptions.Default with { Dictionary = Small, DictionaryWeight = 0.5 };

        var beads = new SequenceAligner(options).Align(translation, french, german);

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Defaults_LeaveTheDictionaryOff()
    {
        Assert.Null(SequenceAlignerOptions.Default.Dictionary);
        Assert.Equal(0, SequenceAlignerOptions.Default.DictionaryWeight);
    }

    private static KeyValuePair<string, IEnumerable<string>> Entry(string headword, params string[] translations) => new(headword, translations);

    private static string Base64Number(long value)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, alphabet[(int)(value % 64)]);
            value /= 64;
        }
        while (value > 0);
        return digits.ToString();
    }
}
