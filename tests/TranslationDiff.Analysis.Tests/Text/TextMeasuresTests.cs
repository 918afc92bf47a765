using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class TextMeasuresTests
{
    [Theory]
    [InlineData("Kiev", "kyiv", true)]
    [InlineData("Koursk", "Kursk", true)]
    [InlineData("Mourzahoulov", "Murzagulov", true)]
    [InlineData("Choe", "close", true)]
    [InlineData("West-France", "Ouest-France", false)]
    [InlineData("Paris", "Lyon", false)]
    [InlineData("Un", "Una", false)]
    public void SameName_TellsSpellingsOfOneName(string a, string b, bool expected)
    {
        Assert.Equal(expected, TextFold.SameName(a, b));
    }

    [Theory]
    [InlineData("Tchornomorsk", "Chornomorsk", true)]
    [InlineData("Kherson", "Jersón", true)]
    [InlineData("Soltchenko", "Solchenko", true)]
    [InlineData("Odessa", "Odesa", true)]
    [InlineData("Kherson", "Kharkiv", false)]
    [InlineData("Marseille", "Dunkerque", false)]
    public void SameTransliteratedName_AllowsTransliterationSchemes(string a, string b, bool expected)
    {
        Assert.Equal(expected, TextFold.SameTransliteratedName(a, b));
    }

    [Fact]
    public void Fold_RemovesCaseAndAccents()
    {
        Assert.Equal("kiiv l'etat", TextFold.Fold("KÍIV L’État"));
    }

    [Fact]
    public void ChrF_IsHigherForCloseRenderings()
    {
        var reference = "The minister has defended the lifting of the restrictions on the use of long range missiles.";

        var close = ChrF.Score("The minister argued for lifting the restrictions on the use of long-range missiles.", reference);
        var far = ChrF.Score("The local team came back in the second half thanks to a late header.", reference);

        Assert.InRange(close, 50, 100);
        Assert.True(far < close / 2, $"far {far}, close {close}");
        Assert.Equal(100, ChrF.Score(reference, reference), 3);
    }

    [Theory]
    [InlineData("débroussaillement", "en", true)]
    [InlineData("débroussaillement", "fr", false)]
    [InlineData("concejal", "en", false)]
    [InlineData("acción", "fr", true)]
    public void HasForeignLetter_FlagsAccentsTheLanguageDoesNotUse(string word, string language, bool expected)
    {
        Assert.Equal(expected, Letters.HasForeignLetter(word, language));
    }

    [Fact]
    public void Coverage_MeasuresShareOfWordsFoundInOther()
    {
        Assert.Equal(1.0, WordOverlap.Coverage("Yoon Suk Yeol State.", "has declared the state boss, Yoon Suk Yeol."));
        Assert.Equal(0.0, WordOverlap.Coverage("Many of them.", "Russia bought containers."));
    }

    [Fact]
    public void Format_WritesValueInLanguageConvention()
    {
        Assert.Equal("8,000", NumberFormatter.Format(8000m, NumberConventions.For("en")));
        Assert.Equal("8\u00A0000", NumberFormatter.Format(8000m, NumberConventions.For("fr")));
        Assert.Equal("1,5", NumberFormatter.Format(1.5m, NumberConventions.For("es")));
        Assert.Equal("2023", NumberFormatter.Format(2023m, NumberConventions.For("en")));
    }
}
