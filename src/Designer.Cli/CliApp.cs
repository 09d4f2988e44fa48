using System.CommandLine;
using Designer.Cli.Commands;

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
        var root = new RootCommand("Designer: design, check and document territorial competitiveness projects.")
        {
            InitCommand.Create(ctx),
            CheckCommand.Create(ctx),
            EvalCommand.Create(ctx),
            RenderCommand.Create(ctx),
            RulesCommand.Create(ctx),
            SchemaCommand.Create(ctx),
            TemplatesCommand.Create(ctx),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"designer: {error.Message}");
            }
            stderr.WriteLine("Run `designer --help` for the commands and options.");
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
