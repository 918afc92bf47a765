using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Cli.Commands;

/// <summary>
/// <c>dismiss ID... [--reason TEXT] [--by NAME]</c>, <c>dismiss --list</c>, <c>dismiss --restore ID...</c>: an
/// editor's verdict that a finding (by the id reports print, its fingerprint) is not an artifact, so later runs
/// leave it out; kept in the results database.
/// </summary>
internal static class DismissCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var ids = new Argument<string[]>("ids") { Description = "Finding ids (the fingerprint after '#' in reports)", Arity = ArgumentArity.ZeroOrMore };
        var reason = new Option<string?>("--reason") { Description = "Why the finding is not an artifact (kept with the dismissal)" };
        var by = new Option<string?>("--by") { Description = "Who dismisses it (default: the user name)" };
        var list = new Option<bool>("--list") { Description = "List the dismissed findings" };
        var restore = new Option<bool>("--restore") { Description = "Take the dismissal of these ids back" };
        var command = new Command("dismiss", "Dismiss findings an editor judged not to be artifacts, so later runs do not raise them again.")
        {
            ids, reason, by, list, restore,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            host, parse.GetValue(ids) ?? [], parse.GetValue(reason), parse.GetValue(by), parse.GetValue(list), parse.GetValue(restore), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliHost host, string[] ids, string? reason, string? by, bool list, bool restore, CancellationToken cancellationToken)
    {
        var dismissals = host.Services.GetRequiredService<IDismissalStore>();
        if (list)
        {
            var all = await dismissals.ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var d in all)
            {
                await Console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{d.Fingerprint}\t{d.DismissedAt:yyyy-MM-dd HH:mm}\t{d.Check}\t{d.Language}\t{d.Text}\t{d.Reason ?? "-"}\t{d.DismissedBy ?? "-"}")).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"{all.Count} dismissed finding(s)").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        if (ids.Length == 0)
        {
            await Console.Error.WriteLineAsync("error: give the ids of the findings to dismiss (reports print them after '#'), or --list.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (Dismissal.Validate(reason, by) is { } invalid)
        {
            await Console.Error.WriteLineAsync($"error: {invalid}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var failed = 0;
        foreach (var raw in ids)
        {
            var id = raw.Trim().TrimStart('#');
            if (restore)
            {
                var removed = await dismissals.RestoreAsync(id, cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync(removed ? $"{id}: restored; later runs will raise it again" : $"error: {id} was not dismissed").ConfigureAwait(false);
                failed += removed ? 0 : 1;
                continue;
            }

            var store = host.Services.GetRequiredService<IComparisonStore>();
            var found = await store.FindFindingAsync(id, cancellationToken).ConfigureAwait(false);
            if (found is not { } hit)
            {
                await Console.Error.WriteLineAsync($"error: no stored run has a finding with id {id}; copy the id from a report made by `compare` on this results database.").ConfigureAwait(false);
                failed++;
                continue;
            }

            var clock = host.Services.GetRequiredService<TimeProvider>();
            var added = await dismissals.DismissAsync(
                new Dismissal(id, hit.Finding.Check, hit.Finding.Language, hit.Finding.Text, reason, by ?? Environment.UserName, clock.GetUtcNow())
                {
                    ComparisonName = hit.ComparisonName,
                },
                cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(added
                ? $"{id}: dismissed ({hit.Finding.Check}, {hit.Finding.Language}: “{hit.Finding.Text}”)"
                : $"{id}: already dismissed").ConfigureAwait(false);
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
