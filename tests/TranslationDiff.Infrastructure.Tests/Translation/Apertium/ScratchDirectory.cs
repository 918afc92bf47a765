using System.Text;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>A temporary directory for fake engines, mode files and logs; deleted on dispose.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = Directory.CreateTempSubdirectory("td-apertium-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes an executable shell script and returns its path.</summary>
    public string Script(string name, string body)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, "#!/bin/sh\n" + body + "\n", new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return file;
    }

    /// <summary>
    /// A wrapper around the real <c>apertium</c> that appends its arguments to a log, one line per process
    /// start, and its input to <see cref="InputLog"/>, then runs the real program: lets a test count and
    /// inspect the processes an adapter starts and the text it pipes in.
    /// </summary>
    public (string Binary, string Log) CountingApertium()
    {
        var log = System.IO.Path.Combine(Path, "starts.log");
        var binary = Script("apertium-counting", $"echo \"$@\" >> '{log}'\ntee -a '{InputLog}' | apertium \"$@\"");
        return (binary, log);
    }

    /// <summary>Everything the <see cref="CountingApertium"/> wrapper received on stdin.</summary>
    public string InputLog => System.IO.Path.Combine(Path, "input.log");

    /// <summary>Lines of a log written by <see cref="CountingApertium"/>; none when no process started.</summary>
    public static string[] Starts(string log) => File.Exists(log) ? File.ReadAllLines(log) : [];

    /// <summary>A modes directory holding empty mode files with the given names (for fake engines).</summary>
    public string Modes(params string[] names)
    {
        var modes = Directory.CreateDirectory(System.IO.Path.Combine(Path, "share", "modes")).FullName;
        foreach (var name in names)
        {
            File.WriteAllText(System.IO.Path.Combine(modes, name + ".mode"), string.Empty);
        }

        return modes;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed fake may still hold a file for a moment; the OS cleans temp directories.
        }
    }
}
