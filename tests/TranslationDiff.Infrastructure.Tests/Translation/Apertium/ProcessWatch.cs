using System.Globalization;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>Linux process checks for the kill tests (through /proc).</summary>
internal static class ProcessWatch
{
    /// <summary>Whether the process runs (a zombie waiting to be reaped counts as dead).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 50 ms; false if it never did within the limit.</summary>
    public static Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan limit) =>
        EventuallyAsync(() => Task.FromResult(condition()), limit);

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 50 ms; false if it never did within the limit.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        while (!await condition())
        {
            try
            {
                await Task.Delay(50, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return await condition();
            }
        }

        return true;
    }

    /// <summary>The pid a fake engine wrote to <paramref name="file"/>, once it has.</summary>
    public static async Task<int> PidFromFileAsync(string file)
    {
        Assert.True(await EventuallyAsync(() => File.Exists(file) && File.ReadAllText(file).Trim().Length > 0, TimeSpan.FromSeconds(30)), $"{file} never appeared");
        return int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture);
    }
}
