using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>English news translates the names of foreign bodies: its own name for one, in words it knows, is no lost name.</summary>
public class KeptNamesEnglishBodiesTests
{
    [Theory]
    [InlineData("The trial, led by the Institute of Agrifood Research and Technology (IRTA), covers 85 hectares around Deltebre.", "Deltebre", false)]
    [InlineData("The trial, led by the Institute of Agrifood Reserch and Tecknology (IRTA), covers 85 hectares around Deltebre.", "Deltebre Reserch Tecknology", true)]
    public void NamedEntity_LeavesAnEnglishNameOfAForeignBody(string english, string unknown, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La prova, impulsada per l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA), ocupa 85 hectàrees al voltant de Deltebre.", "The proof, furthered by the Institute of Enquiry and Agrifood Tech (IRTA), occupies 85 hectares around Deltebre."))
            .Edition("fr", ("L'essai, piloté par l'Institut de recherche et de technologie agroalimentaires (IRTA), s'étend sur 85 hectares autour de Deltebre.", "The test, driven by the Institute of investigation and of technology agroalimentaires (IRTA), elaborates on 85 hectares around Deltebre."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["IRTA", "Deltebre"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["agroalimentaires", "IRTA", "Deltebre"];
        context.Editions[2].Paragraphs[0].UnknownWords = [.. unknown.Split(' ')];

        var findings = new NamedEntityDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("keep the name", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The director general of Water Resources, Thomas Cazorla, said the plant ran below capacity.", false)]
    [InlineData("The spokesman of Water Resources, Thomas Cazorla, said the plant ran below capacity.", true)]
    public void NamedEntity_LeavesTheTranslatedPortfolioOfAnOfficeHoldersTitle(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El director general de Recursos Hídricos, Tomás Cazorla, recordó que la planta funcionaba por debajo de su capacidad.", "The general director of Recursos Hídricos, Tomás Cazorla, remembered that the plant was working below his capacity."))
            .Edition("ca", ("El director general de Recursos Hídrics, Tomás Cazorla, va recordar que la planta funcionava per sota de la seva capacitat.", "The general director of Recursos Hídrics, Tomás Cazorla, remembered that the plant worked below his capacity."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Hídricos", "Cazorla"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Hídrics", "Cazorla"];

        var findings = new NamedEntityDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("keep the name", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }
}
