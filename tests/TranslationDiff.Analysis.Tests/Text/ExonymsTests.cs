using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class ExonymsTests
{
    [Theory]
    [InlineData("Coruña", "sur la côte des provinces de La Corogne et de Lugo", true)]
    [InlineData("Orkney", "Un equip ha excavat a les Òrcades", true)]
    [InlineData("Bouches-du-Rhône", "en el departamento de Bocas del Ródano", true)]
    [InlineData("Guardia Civil", "officers of the Civil Guard arrested him", true)]
    [InlineData("Côtes-d'Armor", "in the Coasts-of-Armor department", false)]
    [InlineData("Jaén", "the court in Jaen", false)]
    [InlineData("Valbonne", "à Valbonne et à Nice", false)]
    public void RenderedIn_AcceptsAnotherLanguagesFormOfThePlace_ButNotALiteralOrAccentlessOne(string name, string text, bool expected)
    {
        Assert.Equal(expected, Exonyms.RenderedIn(name, text));
    }
}
