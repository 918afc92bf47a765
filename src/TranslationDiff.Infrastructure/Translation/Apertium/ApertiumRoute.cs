using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>A chain of installed modes from one language to another; one engine call per hop.</summary>
internal sealed record ApertiumRoute(string Source, string Target, IReadOnlyList<ApertiumMode> Hops)
{
    /// <summary>The languages passed through between source and target.</summary>
    public IReadOnlyList<string> Via => Hops.Take(Hops.Count - 1).Select(h => h.Target).ToList();

    public LanguagePair ToLanguagePair() => new(Source, Target, Via.Count > 0 ? Via : null);

    /// <summary>"fr>es>en".</summary>
    public override string ToString() => ToLanguagePair().ToString();
}
