using System.CommandLine;
using Designer.Diagnostics;
using Designer.Reporting.Diff;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer diff OLD NEW</c>: what changed between two versions of a project, and which findings came and went.</summary>
internal static class DiffCommand
{
    public static readonly string[] Formats = ["text", "markdown", "json"];

    public static Command Create(CliContext ctx)
    {
        var oldFile = new Argument<string>("old") { Description = "The earlier version, e.g. the one last submitted" };
        var newFile = new Argument<string>("new") { Description = "The later version" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, markdown, json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var rules = new Option<string[]>("--rules") { Description = "Add a rule pack (repeatable)" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when the new version introduces a finding at or above this severity: error, warning or info", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var noBuiltIn = new Option<bool>("--no-builtin") { Description = "Do not run the built-in mif-territorial pack" };
        var lang = CliLanguage.CreateOption("Write the comparison and both versions' findings in en, es or pt (default: the newer version's `project.language`, else en)");
        var command = new Command("diff", "Compare two versions of a project: indicators, budgets, governance, links, risks, findings and the evaluability score.\n\nExamples:\n  designer diff submitted/sergipe.yaml sergipe.yaml\n  designer diff v1.yaml v2.yaml --format markdown > cover-note.md\n  designer diff v1.yaml v2.yaml --fail-on warning --lang en")
        {
            oldFile, newFile, format, rules, failOn, noBuiltIn, lang,
        };
        command.SetAction(p => Run(ctx, p.GetValue(oldFile)!, p.GetValue(newFile)!, p.GetValue(format)!, p.GetValue(rules) ?? [], p.GetValue(failOn)!, p.GetValue(noBuiltIn), p.GetValue(lang)));
        return command;
    }

    public static int Run(CliContext ctx, string oldFile, string newFile, string format, string[] rulePacks, string failOn, bool noBuiltIn, string? langText = null)
    {
        if (!CliLanguage.TryRead(ctx, langText, out var chosen))
        {
            return ExitCodes.BadInput;
        }
        var packs = CheckCommand.LoadPacks(ctx, rulePacks, noBuiltIn);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }
        foreach (var file in new[] { oldFile, newFile })
        {
            if (!File.Exists(Path.GetFullPath(file, ctx.WorkingDirectory)))
            {
                ctx.Err.WriteLine($"designer: no such file: {file}");
                return ExitCodes.BadInput;
            }
        }
        // Both versions in one language, so that a finding's message reads the same in both and matches: --lang, else
        // the newer version's own language (known once it is loaded).
        var newReport = new Linter(packs) { Language = chosen }.CheckFile(Path.GetFullPath(newFile, ctx.WorkingDirectory), newFile);
        var language = chosen ?? newReport.Project?.Language ?? Localization.Language.English;
        var oldReport = new Linter(packs) { Language = language }.CheckFile(Path.GetFullPath(oldFile, ctx.WorkingDirectory), oldFile);
        FileReport[] reports = [oldReport, newReport];
        var broken = false;
        foreach (var report in reports.Where(r => r.Project is null || r.HasStructuralErrors))
        {
            DiagnosticPrinter.Print(ctx, report.Diagnostics, _ => report.Project?.Source);
            broken = true;
        }
        if (broken)
        {
            return ExitCodes.BadInput;
        }

        var diff = ProjectDiffer.Compare(reports[0], reports[1]);
        ctx.Out.Write(format switch
        {
            "json" => DiffWriters.Json(diff, ToolInfo.Version),
            "markdown" => DiffWriters.Markdown(diff, language),
            _ => DiffWriters.Text(diff, language),
        });
        SeverityNames.TryParse(failOn, out var threshold);
        return diff.Introduced.Any(f => f.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
