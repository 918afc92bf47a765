namespace TranslationDiff.Analysis.Text;

/// <summary>The commonest function words of a few languages: enough to tell which language a run of words is in.</summary>
internal static class FunctionWords
{
    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = WordSet.Of("the of and to in is was for on that with by as at from this which who have has are were be it its an not but or their his her they per"),
        ["fr"] = WordSet.Of("le la les de des du et est une un pour dans que qui sur avec par au aux ce cette ces il elle ils sont été pas ne se sa son ses leur mais ou où donc soit dont lors puis chez sans sous vers selon ainsi car en"),
        ["es"] = WordSet.Of("el la los las de del y que en por con para una un es fue se su sus al como pero más le lo ha han este esta no o pues sino según hacia hasta desde tras"),
        ["ca"] = WordSet.Of("el la els les de del i que en per amb una un és va es se seu seva al com però més li ho ha han aquest aquesta no o doncs segons fins cap des"),
        ["it"] = WordSet.Of("il lo la gli le di del della e che in per con una un è sono si suo sua al come ma più non o"),
        ["pt"] = WordSet.Of("o a os as de do da dos das e que em por com para uma um é foi se seu sua ao como mas mais não ou"),
        ["de"] = WordSet.Of("der die das den dem des und ist in zu mit von für auf ein eine nicht sich auch als wie aber oder"),
    };

    /// <summary>Whether <paramref name="word"/> is a function word of the language.</summary>
    public static bool Contains(string language, string word)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(word);
        return ByLanguage.TryGetValue(language.Split('-')[0], out var set) && set.Contains(word.ToLowerInvariant());
    }

}
