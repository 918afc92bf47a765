namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>French paragraphs written for these tests, each carrying a number that survives translation.</summary>
internal static class FrenchSamples
{
    /// <summary>
    /// Paragraphs that could confuse a batching trick: quotes, colons, guillemets, numbers, abbreviations at
    /// the end of a line, empty and blank paragraphs, a line break inside a paragraph, brackets, hashtags.
    /// Non-empty ones hold a unique tag number (4701, 4702, ...) to check the order.
    /// </summary>
    public static readonly string[] Tricky =
    [
        "La guerre a commencé il y a 4701 jours.",
        "Le président a déclaré : « Nous ne céderons pas » ; c'était le 4702e discours.",
        "",
        "Il a dit: \"oui\" 4703 fois.",
        "Il est arrivé 4704 fois avec M.",
        "4705 etc.",
        "   ",
        "Selon le ministère, 1 234 personnes ont été évacuées le 3 mars (4706).",
        "Une ligne\ncoupée en deux, 4707.",
        "[Note 4708] Le mouvement #MeToo et jean@exemple.fr, voir * ci-dessous.",
        "4709",
        "Les habitants de Kharkiv attendent l'aide humanitaire, 4710.",
        "",
    ];

    public static int Tag(int index) => 4700 + Tricky.Take(index + 1).Count(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>A few thousand words of news-like prose (the paragraphs repeated), for batching at size.</summary>
    public static IReadOnlyList<string> Edition(int paragraphs) =>
        Enumerable.Range(0, paragraphs).Select(i => $"{News[i % News.Length]} ({5000 + i})").ToList();

    private static readonly string[] News =
    [
        "Le gouvernement a annoncé mardi une nouvelle loi sur l'eau, qui doit entrer en vigueur l'année prochaine malgré l'opposition des syndicats.",
        "Selon les chiffres publiés par le ministère de la santé, le nombre de patients hospitalisés a baissé de 12 % en une semaine.",
        "« Nous avons fait notre travail », a déclaré le maire lors d'une conférence de presse, avant de quitter la salle sans répondre aux questions.",
        "La guerre a déjà fait des milliers de morts et poussé des centaines de milliers de personnes à fuir leur maison.",
        "Les prix de l'énergie continuent d'augmenter, et les ménages les plus pauvres sont les premiers touchés par cette hausse.",
        "Le tribunal rendra sa décision le 15 mars ; d'ici là, l'ancien ministre reste libre sous contrôle judiciaire.",
    ];
}
