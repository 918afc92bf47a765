using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class CalquesGrammarTests
{
    [Theory]
    [InlineData("“The dune moves three metres a year,” explained Claire Roussel, the deputy mayor.", "explained")]
    [InlineData("“We will not give up,” explained the mayor, Anna Puig.", "explained")]
    [InlineData("“It is our heritage,” recalled yesterday Benjamín Ortega.", "recalled yesterday")]
    [InlineData("The council met on the 18 March to vote.", "the 18 March")]
    [InlineData("The works began on 27 of February.", "27 of February")]
    [InlineData("The hail fell in July of 2019.", "July of 2019")]
    [InlineData("The state pays a 30%, and the town pays the rest.", "a 30%")]
    [InlineData("The library will open the Sundays from May.", "the Sundays")]
    [InlineData("The line opens with twenty years of delay.", "twenty years of delay")]
    [InlineData("Prices rose in the two last years.", "two last years")]
    [InlineData("The red tide obliges to close 140 rafts.", "obliges to close")]
    [InlineData("The firm envisages to reconvert its plant.", "envisages to reconvert")]
    [InlineData("It's fifteen years that the line has waited for new trains.", "It's fifteen years that")]
    [InlineData("The dune could retreat 40 metres from here five to seven years.", "from here five")]
    [InlineData("The distillery closed in the 1962, when the harbour silted up.", "the 1962")]
    [InlineData("The strike began on the Monday 14 September.", "the Monday 14")]
    [InlineData("The participation was of 62%, down on 2019.", "was of 6")]
    [InlineData("The airport handled 1.1 million of passengers last year.", "million of passengers")]
    [InlineData("Several elected asked for a new vote.", "Several elected")]
    [InlineData("The minister explained in press conference that the plan is ready.", "in press conference")]
    [InlineData("The councillor of Mobility defended the plan.", "councillor of Mobility")]
    [InlineData("The club published the schedule on its web last week.", "on its web")]
    [InlineData("She ran the library during twenty-two years.", "during twenty-two years")]
    [InlineData("The crash happened at ten of the night.", "ten of the night")]
    public void Entries_FindEnglishConstructionCalques(string english, string expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Texto original.", "Original text."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("“The dune moves three metres a year,” said Claire Roussel, the deputy mayor.")]
    [InlineData("“It is not a sport for pensioners,” explains political scientist Rostyslav Marek.")]
    [InlineData("“The sea is warmer,” explains the biologist Anne Ducasse.")]
    [InlineData("The council met on 18 March; sales grew by 30%, a 30% rise on 2023.")]
    [InlineData("Visitors were not allowed to enter, and the plan is considered to be sound.")]
    [InlineData("Each month of delay costs the town €40,000.")]
    [InlineData("It is the 2026 and 2027 harvests that are at risk; the firm sold €2.31 billion of goods.")]
    [InlineData("The elected officials met the three councillors of Esquerra Republicana on the council's website.")]
    [InlineData("The Culture councillor of Vic, Oriol Serrat, spoke; each call-out is paid at about 20 euros an hour.")]
    [InlineData("It was 15 years ago that the line opened; it is ten years since the closure; from here the road climbs.")]
    public void Entries_LeaveIdiomaticEnglish(string english)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Texto original.", "Original text."))
            .PivotEdition("en", english)
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("fr", "La production a monté le 40 % depuis 2020.", "le 40 %")]
    [InlineData("fr", "Un tram passe chaque huit minutes.", "chaque huit")]
    [InlineData("fr", "La mosaïque date du siècle III.", "siècle III")]
    [InlineData("fr", "Le gagnant, Marc Vidal, de 22 ans, vit à Lyon.", ", de 22 ans")]
    [InlineData("fr", "Les travaux finiront l'été de 2027.", "l'été de 2027")]
    [InlineData("fr", "Les syndicats sont attendus de reprendre les discussions.", "sont attendus de reprendre")]
    [InlineData("fr", "La ligne ouvrira à partir du janvier.", "à partir du janvier")]
    [InlineData("fr", "Le ministère prévoit embaucher 60 anesthésistes.", "prévoit embaucher")]
    [InlineData("fr", "La ville continue exportant ses pièces.", "continue exportant")]
    [InlineData("fr", "Le syndicat a dénoncé que les listes s'allongent.", "dénoncé que")]
    [InlineData("es", "El archivo se fundó el 1992 en Girona.", "el 1992")]
    [InlineData("es", "La planta funciona desde el enero.", "desde el enero")]
    [InlineData("es", "Este año hubo 60 ejemplares, contra unos 20 en 2022.", "contra unos 20")]
    [InlineData("ca", "El refugi va obrir en 1991 a Logronyo.", "en 1991")]
    [InlineData("ca", "El sector va advertir de que les vendes cauen.", "de que")]
    [InlineData("ca", "La troballa es va fer el passat dimarts.", "el passat dimarts")]
    public void Entries_FindRomanceConstructionCalques(string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Original text.")
            .Edition(language, (text, "Its translation."))
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("fr", "La production a augmenté de 40 % depuis le 1er mars, et Marie Dupont, 22 ans, vit à Lyon.")]
    [InlineData("fr", "Le ministère prévoit d'embaucher, il continue d'exporter, il prévoit entre 10 et 20 postes et a dénoncé le fait que l'aide alimentaire manque.")]
    [InlineData("es", "El plan se aprobó por 14 votos contra 5 antes de que acabara el 2025, en 1992 y en enero.")]
    [InlineData("ca", "El refugi va obrir el 1991 i va advertir que les vendes cauen; de què parlem?")]
    [InlineData("fr", "Les travaux commenceront en mars 2024, le 2 mars.")]
    [InlineData("es", "Las obras empezarán en marzo de 2024, a lo largo de 1.200 metros, con niños menores de 16 años, y bajo cero.")]
    [InlineData("ca", "Les obres començaran el setembre del 2027; cap trajecte serà més llarg de 25 minuts, en comparació amb l'any passat.")]
    public void Entries_LeaveIdiomaticRomance(string language, string text)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Original text.")
            .Edition(language, (text, "Its translation."))
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("The refuge belongs to the Couserans-Pyrénées community of communes, which runs it.", null)]
    [InlineData("The refuge belongs to the urban community of Foix, which runs it.", "urban community of")]
    public void Entries_AcceptTheUsualEnglishNameOfAFrenchInterMunicipalBody(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Texte original.", "Original text."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}
