using System.CommandLine;
using Designer.Projects.Schema;

namespace Designer.Cli.Commands;

/// <summary><c>designer schema</c>: prints the JSON Schema of the project format (or its Markdown reference).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext ctx)
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the format reference in Markdown instead" };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the project format.\n\nExamples:\n  designer schema > project.schema.json\n  designer schema --markdown > docs/project-format.md") { markdown };
        command.SetAction(p =>
        {
            ctx.Out.Write(p.GetValue(markdown) ? FormatReference.Write() : JsonSchemaWriter.Write());
            return ExitCodes.Ok;
        });
        return command;
    }
}
