namespace TranslationDiff.Core.Model;

/// <summary>
/// An expected failure, kept as data: which stage, a stable machine-readable code, and a message an
/// editor can act on. Stored, shown and mapped to exit codes; never thrown.
/// </summary>
/// <param name="Stage">Pipeline stage that reported it: fetch, extract, translate, align, diff, detect.</param>
/// <param name="Code">Stable code such as <c>fetch.not-found</c> or <c>translate.unsupported-pair</c>.</param>
/// <param name="Message">What went wrong and what to do about it.</param>
/// <param name="Subject">The input it concerns (a path, a URL, a language), when there is one.</param>
public sealed record Problem(string Stage, string Code, string Message, string? Subject = null)
{
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} ({Subject}): {Message}";
}
