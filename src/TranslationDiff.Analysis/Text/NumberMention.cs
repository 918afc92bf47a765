namespace TranslationDiff.Analysis.Text;

/// <summary>A number found in a text, with its value as the text's own language reads it.</summary>
/// <param name="Start">Start of the mention (the digits, or the number word).</param>
/// <param name="Length">Length, including a scale word ("1,2 million").</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Value">The value in the text's own convention, or null when the digits are not a valid number there ("1,2" in English).</param>
/// <param name="Alternatives">Values the digits have in other conventions, with the convention's name, when they differ from <paramref name="Value"/>.</param>
/// <param name="IsWord">Spelled out ("deux", "twelve") rather than written with digits.</param>
/// <param name="IsApproximate">A collective numeral (« une vingtaine », "a dozen"): the value is a round figure, not a count.</param>
/// <param name="DayHalf">For an hour in words with its part of the day: the morning ("seven in the morning", « les vuit del matí ») or the afternoon and evening (« las siete de la tarde »); null otherwise.</param>
internal sealed record NumberMention(
    int Start,
    int Length,
    string Text,
    decimal? Value,
    IReadOnlyList<(decimal Value, NumberConvention Convention)> Alternatives,
    bool IsWord = false,
    bool IsApproximate = false,
    DayHalf? DayHalf = null)
{
    /// <summary>Whether any reading of the mention gives <paramref name="value"/>.</summary>
    public bool CanMean(decimal value) => Value == value || Alternatives.Any(a => a.Value == value);

    /// <summary>
    /// Whether the mention can mean the other's value, and the two hours, when both name their part of the day, name the
    /// same one: « las siete de la tarde » is never "seven in the morning", though its hour as written is seven.
    /// </summary>
    public bool Agrees(NumberMention other) =>
        other.Value is { } value && CanMean(value) && (DayHalf is null || other.DayHalf is null || DayHalf == other.DayHalf);
}
