using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class GivenNamesTests
{
    [Theory]
    [InlineData("Georges", "Jordi", true)]
    [InlineData("Raymond", "Ramón", true)]
    [InlineData("Tomàs", "Tomás", true)]
    [InlineData("Irène", "Irene", true)]
    [InlineData("Joan", "John", true)]
    [InlineData("Joan", "Jeanne", true)]
    [InlineData("Jordi", "Jordi", false)]
    [InlineData("Jordi", "Pere", false)]
    [InlineData("Guàrdia", "Guardia", false)]
    [InlineData("Vladímir", "Vladimir", false)]
    public void AreForms_TellsFormsOfOneGivenName(string a, string b, bool expected)
    {
        Assert.Equal(expected, GivenNames.AreForms(a, b));
    }
}
