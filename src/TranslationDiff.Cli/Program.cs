using System.CommandLine;
using TranslationDiff.Cli;
using TranslationDiff.Cli.Commands;

var host = new CliHost();
var root = new RootCommand("TranslationDiff: compare the language editions of an article and find what translation did to it.");
root.Subcommands.Add(CompareCommand.Create(host));
root.Subcommands.Add(TranslatorsCommand.Create(host));
root.Subcommands.Add(EvaluateCommand.Create(host));
root.Subcommands.Add(AlignCommand.Create(host));
root.Subcommands.Add(DismissCommand.Create(host));

return await CliHost.InvokeAsync(root, args);
