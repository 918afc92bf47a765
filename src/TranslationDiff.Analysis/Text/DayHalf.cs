namespace TranslationDiff.Analysis.Text;

/// <summary>The part of the day an hour in words names.</summary>
internal enum DayHalf
{
    /// <summary>"in the morning", « del matí », « de la mañana », « du matin ».</summary>
    Morning,

    /// <summary>"in the afternoon", "in the evening", « de la tarde », « del vespre », « du soir ».</summary>
    Evening,
}
