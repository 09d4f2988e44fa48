using System.CommandLine;
using Designer.Diagnostics;
using Designer.Reporting;
using Designer.Reporting.Formats;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer check FILES|DIRS|GLOBS…</c>: loads and checks projects, prints findings in one of six formats.</summary>
internal static class CheckCommand
{
    public static readonly string[] Formats = ["text", "json", "sarif", "junit", "markdown", "github"];

    public static Command Create(CliContext ctx)
    {
        var paths = new Argument<string[]>("paths") { Description = "Project files, folders (every *.yaml inside) or globs such as 'proposals/**/*.yaml'", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif, junit, markdown, github", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var rules = new Option<string[]>("--rules") { Description = "Add a rule pack (repeatable)", AllowMultipleArgumentsPerToken = false };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity: error, warning or info", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Only the finding lines and the summary (text format)" };
        var noBuiltIn = new Option<bool>("--no-builtin") { Description = "Do not run the built-in mif-territorial pack" };
        var docsUrl = new Option<string?>("--docs-url") { Description = "Absolute URL of published rule pages: SARIF rules link to URL/ID.md (default: no link; `designer rules show ID` explains)" };
        var lang = CliLanguage.CreateOption();
        var command = new Command("check", "Load projects and check them against the rule packs.\n\nExamples:\n  designer check examples/sergipe-apparel.yaml\n  designer check proposals/ --format sarif > designer.sarif\n  designer check 'proposals/**/*.yaml' --fail-on warning --rules agency-rules.yaml")
        {
            paths, format, rules, failOn, quiet, noBuiltIn, docsUrl, lang,
        };
        command.SetAction(p => Run(ctx, p.GetValue(paths)!, p.GetValue(format)!, p.GetValue(rules) ?? [], p.GetValue(failOn)!, p.GetValue(quiet), p.GetValue(noBuiltIn), p.GetValue(docsUrl), p.GetValue(lang)));
        return command;
    }

    public static int Run(CliContext ctx, string[] inputs, string format, string[] rulePacks, string failOn, bool quiet, bool noBuiltIn, string? docsUrl = null, string? langText = null)
    {
        if (!CliLanguage.TryRead(ctx, langText, out var language))
        {
            return ExitCodes.BadInput;
        }
        if (docsUrl is not null && !RuleLinks.IsAbsoluteWebAddress(docsUrl))
        {
            ctx.Err.WriteLine($"designer: --docs-url must be an absolute http(s) URL such as https://example.org/designer/rules, found `{docsUrl}`");
            return ExitCodes.BadInput;
        }
        var packs = LoadPacks(ctx, rulePacks, noBuiltIn, language);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }
        var files = ExpandInputs(ctx, inputs);
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        // Each file in its own project.language unless --lang names one for all.
        var linter = new Linter(packs) { Language = language };
        // Only rendering needs a project's model; a check of a thousand files keeps ids and texts alone.
        var reports = linter.CheckFiles(files, keepModels: false);
        var report = new CheckReport(reports, linter.Rules, ToolInfo.Version);

        switch (format)
        {
            case "json": ctx.Out.Write(JsonReportWriter.Write(report)); break;
            case "sarif": ctx.Out.Write(SarifReportWriter.Write(report, docsUrl)); break;
            case "junit": ctx.Out.Write(JUnitReportWriter.Write(report)); break;
            case "markdown": ctx.Out.Write(MarkdownReportWriter.Write(report)); break;
            case "github": ctx.Out.Write(GitHubReportWriter.Write(report)); break;
            default:
                foreach (var f in report.Files.Where(f => f.Diagnostics.Count > 0))
                {
                    DiagnosticPrinter.Print(ctx, f.Diagnostics, _ => f.Source);
                }
                ctx.Out.Write(TextReportWriter.Write(report, ctx.Color ? AnsiColors.Paint : null, quiet, skipDiagnostics: true));
                break;
        }

        if (report.HasStructuralErrors)
        {
            if (format != "text")
            {
                var broken = report.Files.Count(f => f.HasStructuralErrors);
                ctx.Err.WriteLine($"designer: {broken} file(s) have structural errors (see the report); exit code 2");
            }
            return ExitCodes.BadInput;
        }
        SeverityNames.TryParse(failOn, out var threshold);
        return report.Worst is { } worst && worst >= threshold ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The built-in pack (unless turned off) and every --rules pack; null after printing pack errors.</summary>
    /// <summary>The project files the arguments name, or null (with the reasons on stderr) when one names nothing.</summary>
    internal static List<(string Path, string Display)>? ExpandInputs(CliContext ctx, IEnumerable<string> inputs)
    {
        var (files, missing) = FileExpander.Expand(inputs, ctx.WorkingDirectory);
        foreach (var m in missing)
        {
            ctx.Err.WriteLine($"designer: no such file, folder or match: {m}");
        }
        if (missing.Count > 0)
        {
            return null;
        }
        if (files.Count == 0)
        {
            ctx.Err.WriteLine("designer: no project files (*.yaml) found in the given folders");
            return null;
        }
        return files;
    }

    /// <summary>The built-in pack and those named; a pack's load errors in <paramref name="language"/> (English when none is named).</summary>
    internal static List<RulePack>? LoadPacks(CliContext ctx, IEnumerable<string> rulePacks, bool noBuiltIn, Localization.Language? language = null)
    {
        var packs = new List<RulePack>();
        if (!noBuiltIn)
        {
            packs.Add(RulePackLoader.BuiltIn);
        }
        var failed = false;
        foreach (var path in rulePacks)
        {
            var (pack, diagnostics) = RulePackLoader.LoadFile(Path.GetFullPath(path, ctx.WorkingDirectory));
            if (diagnostics.Count > 0)
            {
                DiagnosticPrinter.Print(ctx, language is { } l ? [.. diagnostics.Select(d => d.In(l))] : diagnostics);
            }
            if (pack is null)
            {
                failed = true;
                continue;
            }
            var clash = pack.Rules.FirstOrDefault(r => packs.SelectMany(p => p.Rules).Any(x => x.Id == r.Id));
            if (clash is not null)
            {
                ctx.Err.WriteLine($"{path}:{clash.Span.Line}:{clash.Span.Column}: error {DiagnosticCodes.RulePack}: rule id `{clash.Id}` is already defined by another pack");
                failed = true;
                continue;
            }
            packs.Add(pack);
        }
        return failed ? null : packs;
    }
}
