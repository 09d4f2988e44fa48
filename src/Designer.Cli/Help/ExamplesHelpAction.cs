using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Designer.Cli.Help;

/// <summary>
/// Help as git and dotnet print it: description, usage, arguments and options (with their defaults) first, then
/// the command's examples. A description keeps its examples after a blank line and <c>Examples:</c>; they are
/// moved out of it so that the list of commands shows one line per command.
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private static readonly string[] Markers = ["\n\nExamples:\n", "\n\nExample:\n"];

    private readonly HelpAction _inner;
    private readonly Dictionary<Command, string> _examples;

    private ExamplesHelpAction(HelpAction inner, Dictionary<Command, string> examples)
    {
        _inner = inner;
        _examples = examples;
    }

    /// <summary>Moves every command's examples out of its description and into the help option's action.</summary>
    public static void Install(Command root)
    {
        var examples = new Dictionary<Command, string>();
        Collect(root, examples);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner)
            {
                help.Action = new ExamplesHelpAction(inner, examples);
            }
        }
    }

    /// <summary>`designer check --help` shows help even though the paths it requires are missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = _inner.Invoke(parseResult);
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            output.WriteLine(text);
            output.WriteLine();
        }
        return code;
    }

    private static void Collect(Command command, Dictionary<Command, string> examples)
    {
        var description = command.Description ?? "";
        foreach (var marker in Markers)
        {
            var at = description.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                examples[command] = description[(at + marker.Length)..];
                command.Description = description[..at];
                break;
            }
        }
        foreach (var sub in command.Subcommands)
        {
            Collect(sub, examples);
        }
    }
}
