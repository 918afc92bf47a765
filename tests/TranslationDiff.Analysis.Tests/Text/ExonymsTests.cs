using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class ExonymsTests
{
    [Theory]
    [InlineData("Coruña", "sur la côte des provinces de La Corogne et de Lugo", true)]
    [InlineData("Orkney", "Un equip ha excavat a les Òrcades", true)]
    [InlineData("Bouches-du-Rhône", "en el departamento de Bocas del Ródano", true)]
    [InlineData("Guardia Civil", "officers of the Civil Guard arrested him", true)]
    [InlineData("Jijona", "els torroners de Xixona", true)]
    [InlineData("Haute-Savoie", "les fàbriques de l'Alta Savoia", true)]
    [InlineData("Côtes-d'Armor", "in the Coasts-of-Armor department", false)]
    [InlineData("Costa Daurada", "los coros de la Costa Dorada", true)]
    [InlineData("Jaén", "the court in Jaen", false)]
    [InlineData("Valbonne", "à Valbonne et à Nice", false)]
    [InlineData("Auvergne's", "los volcanes de Auvernia", true)]
    [InlineData("Auvergne’s", "els volcans d'Alvèrnia", true)]
    public void RenderedIn_AcceptsAnotherLanguagesFormOfThePlace_ButNotALiteralOrAccentlessOne(string name, string text, bool expected)
    {
        Assert.Equal(expected, Exonyms.RenderedIn(name, text));
    }

    [Theory]
    [InlineData("Tarragona", "una canción del compositor tarraconense Pau Figueres", true)]
    [InlineData("Nazairiennes", "el equipo de Saint-Nazaire subió", true)]
    [InlineData("Toulouse", "se impuso al tolosano Yanis Benali", true)]
    [InlineData("Toulousain", "se impuso al tolosano Yanis Benali", true)]
    [InlineData("Huesca", "L'Ajuntament d'Osca deixarà en mans dels veïns", false)]
    [InlineData("Toulouse", "se impuso a Yanis Benali", false)]
    [InlineData("Nazairiennes", "el equipo de Nantes subió", false)]
    public void DerivedIn_LinksAPlaceAndItsDemonym(string name, string text, bool expected)
    {
        Assert.Equal(expected, Exonyms.DerivedIn(name, text));
    }
}
