using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Pipeline;

/// <summary>Checks a request before anything is fetched or paid for.</summary>
internal static class RequestValidator
{
    public static List<Problem> Validate(ComparisonRequest request, ITranslatorProvider translators)
    {
        var problems = new List<Problem>();
        if (request.Editions.Count < 2)
        {
            problems.Add(new Problem("input", "input.too-few-editions", "A comparison needs at least two editions, given as LANG=PATH_OR_URL.", request.Name));
        }

        if (!LanguageTag.IsWellFormed(request.PivotLanguage))
        {
            problems.Add(new Problem("input", "input.bad-language", $"'{request.PivotLanguage}' is not a language code; use a code such as en, fr or es.", request.PivotLanguage));
        }

        foreach (var edition in request.Editions)
        {
            if (!LanguageTag.IsWellFormed(edition.Language))
            {
                problems.Add(new Problem("input", "input.bad-language", $"'{edition.Language}' is not a language code; write editions as LANG=PATH_OR_URL, e.g. fr=page.html.", edition.Location));
            }
        }

        var duplicates = request.Editions
            .Where(e => LanguageTag.IsWellFormed(e.Language))
            .GroupBy(e => LanguageTag.Normalize(e.Language))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        foreach (var language in duplicates)
        {
            problems.Add(new Problem("input", "input.duplicate-language", $"Two editions are in '{language}'; give one edition per language.", language));
        }

        if (translators.Get(request.Translator) is null)
        {
            problems.Add(new Problem("input", "input.unknown-translator", $"No translation engine is called '{request.Translator}'. Known engines: {string.Join(", ", translators.Names)}.", request.Translator));
        }

        return problems;
    }
}
