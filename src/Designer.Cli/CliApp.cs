using System.CommandLine;
using System.CommandLine.Help;
using Designer.Cli.Commands;
using Designer.Cli.Help;

namespace Designer.Cli;

/// <summary>The <c>designer</c> command line: builds the commands, runs one, maps every failure to an exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory = null)
    {
        var ctx = new CliContext(stdout, stderr)
        {
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
            Color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && ReferenceEquals(stdout, Console.Out),
        };
        // The tool is `designer` however it is started (installed tool, `dotnet run`, tests): a RootCommand would
        // take its name from the executable (`Designer.Cli`), so the root is a plain command with help and version.
        var root = new Command("designer", "Designer: design, check and document territorial competitiveness projects.\n\nExamples:\n  designer init project.yaml\n  designer check project.yaml\n  designer render project.yaml --out out/\n  designer rules show MON001\n  designer help check")
        {
            new HelpOption(),
            new VersionOption(),
            InitCommand.Create(ctx),
            CheckCommand.Create(ctx),
            DiffCommand.Create(ctx),
            PortfolioCommand.Create(ctx),
            EvalCommand.Create(ctx),
            RenderCommand.Create(ctx),
            RulesCommand.Create(ctx),
            ServeCommand.Create(ctx),
            SchemaCommand.Create(ctx),
            TemplatesCommand.Create(ctx),
        };
        ExamplesHelpAction.Install(root);
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return ExitCodes.BadInput;
        }
        if (args[0] == "help")
        {
            // `designer help` and `designer help check` as git and dotnet users type them.
            var topic = root;
            foreach (var name in args.Skip(1))
            {
                var sub = topic.Subcommands.FirstOrDefault(c => c.Name == name);
                if (sub is null)
                {
                    var suggestion = Text.Suggestions.Closest(name, topic.Subcommands.Select(c => c.Name));
                    stderr.WriteLine($"designer: no command `{string.Join(" ", args.Skip(1).TakeWhile(a => a != name).Append(name))}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
                    stderr.WriteLine($"Run `designer help{(topic == root ? "" : " " + topic.Name)}` for the commands.");
                    return ExitCodes.BadInput;
                }
                topic = sub;
            }
            args = [.. args.Skip(1), "--help"];
        }
        var parse = root.Parse(args);
        var resolved = parse.CommandResult.Command;
        var options = resolved.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--help").Append("--version").ToList();
        // An argument that takes many values would swallow a misspelt option; catch `--xyz` before it is read as a path.
        var stray = args.TakeWhile(a => a != "--").FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2 && !options.Contains(a.Split('=')[0]) && !File.Exists(a));
        if (stray is not null && parse.Errors.Count == 0)
        {
            var suggestion = Text.Suggestions.Closest(stray.Split('=')[0], options);
            stderr.WriteLine($"designer: unknown option `{stray}`" + (suggestion is null ? "" : $". Did you mean `{suggestion}`?"));
            stderr.WriteLine($"Run `designer {(resolved == root ? "" : resolved.Name + " ")}--help` for the options.");
            return ExitCodes.BadInput;
        }
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var known = command.Subcommands.Select(c => c.Name)
                .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
                .Where(n => n.Length > 1)
                .ToList();
            foreach (var error in parse.Errors)
            {
                var message = error.Message;
                var quoted = System.Text.RegularExpressions.Regex.Match(message, "'([^']+)'");
                var suggestion = message.StartsWith("Unrecognized", StringComparison.Ordinal) && quoted.Success
                    ? Text.Suggestions.Closest(quoted.Groups[1].Value, known)
                    : null;
                stderr.WriteLine($"designer: {message}" + (suggestion is null ? "" : $" Did you mean `{suggestion}`?"));
            }
            stderr.WriteLine($"Run `designer {(command == root ? "" : command.Name + " ")}--help` for the commands and options.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"designer: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            // A bug in Designer: say so in one line, never with a stack trace.
            stderr.WriteLine($"designer: internal error ({ex.GetType().Name}): {ex.Message}");
            stderr.WriteLine("This is a bug in Designer; please report it with the input that caused it.");
            return ExitCodes.BadInput;
        }
    }
}
