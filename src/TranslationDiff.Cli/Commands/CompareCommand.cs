using System.CommandLine;

namespace TranslationDiff.Cli.Commands;

/// <summary><c>compare LANG=PATH_OR_URL ... | --set seeds/NAME</c>.</summary>
internal static class CompareCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("compare", "Compare the language editions of an article.");
        return command;
    }
}
