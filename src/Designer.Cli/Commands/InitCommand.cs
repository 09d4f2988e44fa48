using System.CommandLine;
using Designer.Projects;
using Designer.Reporting;

namespace Designer.Cli.Commands;

/// <summary><c>designer init [FILE]</c>: writes a commented starter project; never overwrites without --force.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "Where to write the starter project", DefaultValueFactory = _ => "project.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists" };
        var example = new Option<string?>("--example") { Description = "Write one of the bundled example projects instead: " + string.Join(", ", StarterProject.Examples) };
        var command = new Command("init", "Write a commented starter project that loads without errors, or a bundled example.\n\nExamples:\n  designer init\n  designer init proposals/nicaragua-masaya.yaml\n  designer init sergipe.yaml --example sergipe-apparel") { file, force, example };
        command.SetAction(p => Run(ctx, p.GetValue(file)!, p.GetValue(force), p.GetValue(example)));
        return command;
    }

    public static int Run(CliContext ctx, string display, bool force, string? example = null)
    {
        var text = StarterProject.Text;
        if (example is not null)
        {
            var chosen = StarterProject.Example(example);
            if (chosen is null)
            {
                var suggestion = Text.Suggestions.Closest(example, StarterProject.Examples);
                ctx.Err.WriteLine($"designer: no bundled example `{example}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?") + $" Examples: {string.Join(", ", StarterProject.Examples)}");
                return ExitCodes.BadInput;
            }
            text = chosen;
        }
        var path = Path.GetFullPath(display, ctx.WorkingDirectory);
        if (File.Exists(path) && !force)
        {
            ctx.Err.WriteLine($"designer: {display} already exists; choose another name or add --force to overwrite it");
            return ExitCodes.BadInput;
        }
        if (Directory.Exists(path))
        {
            ctx.Err.WriteLine($"designer: {display} is a folder; give a file name such as {Path.Combine(display, "project.yaml")}");
            return ExitCodes.BadInput;
        }
        SafeFileWriter.WriteOne(path, text, overwrite: force);
        ctx.Out.WriteLine(example is null
            ? $"wrote {display}: fill in the TODOs, then run `designer check {display}`"
            : $"wrote {display}: run `designer check {display}` and `designer render {display} --out out/`");
        ctx.Out.WriteLine("For completion in your editor: designer schema > " + Path.Combine(Path.GetDirectoryName(display) ?? "", "project.schema.json").Replace('\\', '/'));
        return ExitCodes.Ok;
    }
}
