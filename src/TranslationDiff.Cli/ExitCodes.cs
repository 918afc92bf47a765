namespace TranslationDiff.Cli;

/// <summary>The CLI's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A bug or an infrastructure fault.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: a missing file, an unreadable page, a language pair no engine serves.</summary>
    public const int BadInput = 2;
}
