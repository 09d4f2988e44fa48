using System.CommandLine;
using Designer.Reporting;
using Designer.Reporting.Rendering;

namespace Designer.Cli.Commands;

/// <summary><c>designer templates export DIR</c>: writes the built-in templates out as a starting point.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Argument<string>("folder") { Description = "Where to write the templates" };
        var force = new Option<bool>("--force") { Description = "Overwrite templates that already exist there" };
        var export = new Command("export", "Write the built-in templates into a folder, to copy and edit.\n\nExample:\n  designer templates export my-templates && designer render p.yaml --out out --templates my-templates") { dir, force };
        export.SetAction(p =>
        {
            var folder = Path.GetFullPath(p.GetValue(dir)!, ctx.WorkingDirectory);
            var files = TemplateSource.BuiltInNames.ToDictionary(n => n, TemplateSource.BuiltInText);
            var existing = files.Keys.Where(n => File.Exists(Path.Combine(folder, n))).ToList();
            if (existing.Count > 0 && !p.GetValue(force))
            {
                ctx.Err.WriteLine($"designer: {string.Join(", ", existing)} already exist in {p.GetValue(dir)}; add --force to overwrite them");
                return ExitCodes.BadInput;
            }
            SafeFileWriter.WriteAll(folder, files);
            foreach (var name in files.Keys.Order(StringComparer.Ordinal))
            {
                ctx.Out.WriteLine(Path.Combine(p.GetValue(dir)!, name).Replace('\\', '/'));
            }
            return ExitCodes.Ok;
        });
        return new Command("templates", "Work with the document templates.") { export };
    }
}
