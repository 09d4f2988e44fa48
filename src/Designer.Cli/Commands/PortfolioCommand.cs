using System.CommandLine;
using Designer.Reporting;
using Designer.Reporting.Portfolio;
using Designer.Reporting.Rendering;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer portfolio DIR --out OUT</c>: one page (HTML, Markdown, CSV) for every proposal in a folder.</summary>
internal static class PortfolioCommand
{
    public static Command Create(CliContext ctx)
    {
        var paths = new Argument<string[]>("paths") { Description = "Folders of proposals (every *.yaml inside), files or globs", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for portfolio.html, portfolio.md, portfolio.csv and the documents (created if needed)", Required = true };
        var rules = new Option<string[]>("--rules") { Description = "Add a rule pack (repeatable)" };
        var noDocuments = new Option<bool>("--no-documents") { Description = "Do not render each proposal's documents (the table then has no links)" };
        var noBuiltIn = new Option<bool>("--no-builtin") { Description = "Do not run the built-in mif-territorial pack" };
        var lang = CliLanguage.CreateOption("The portfolio's language, en, es or pt (default en); given, each proposal's findings and documents follow it too, else each keeps its own `project.language`. The CSV keeps English column names and values");
        var command = new Command("portfolio", "Summarise a folder of proposals: budgets, findings, evaluability and readiness, with totals by country and sector.\n\nExamples:\n  designer portfolio proposals/ --out portfolio/\n  designer portfolio 'proposals/2027/*.yaml' --out out/ --no-documents\n  designer portfolio proposals/ --out portafolio/ --lang es")
        {
            paths, output, rules, noDocuments, noBuiltIn, lang,
        };
        command.SetAction(p => Run(ctx, p.GetValue(paths)!, p.GetValue(output)!, p.GetValue(rules) ?? [], p.GetValue(noDocuments), p.GetValue(noBuiltIn), p.GetValue(lang)));
        return command;
    }

    public static int Run(CliContext ctx, string[] inputs, string outDir, string[] rulePacks, bool noDocuments, bool noBuiltIn, string? langText = null)
    {
        if (!CliLanguage.TryRead(ctx, langText, out var language))
        {
            return ExitCodes.BadInput;
        }
        // The portfolio is written in --lang, else English; its proposals each in their own language unless --lang names one.
        var portfolioLanguage = language ?? Localization.Language.English;
        var packs = CheckCommand.LoadPacks(ctx, rulePacks, noBuiltIn);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }
        var files = CheckCommand.ExpandInputs(ctx, inputs);
        if (files is null)
        {
            return ExitCodes.BadInput;
        }
        var outFull = Path.GetFullPath(outDir, ctx.WorkingDirectory);
        // The output folder may sit inside the proposals folder; its files are never proposals.
        files = files.Where(f => !f.Path.StartsWith(outFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

        var linter = new Linter(packs) { Language = language };
        var reports = linter.CheckFiles(files);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new string?[reports.Count];
        if (!noDocuments)
        {
            var names = DocumentNames(reports);
            var pages = new string?[reports.Count];
            Parallel.For(0, reports.Count, i =>
            {
                var r = reports[i];
                if (r.Project is null || r.HasStructuralErrors || names[i] is null)
                {
                    return;
                }
                var result = DocumentRenderer.Render(r.Project, r.Findings, new RenderOptions { Markdown = false, ToolVersion = ToolInfo.Version, Language = language }, r.Evaluability);
                if (result.Ok && result.Files.TryGetValue(DocumentRenderer.SafeName(r.Project.Id) + ".html", out var page))
                {
                    pages[i] = page;
                }
            });
            for (var i = 0; i < reports.Count; i++)
            {
                if (pages[i] is { } page)
                {
                    links[i] = "documents/" + names[i];
                    outputs[links[i]!] = page;
                }
            }
        }
        var titles = linter.In(linter.Rules, portfolioLanguage).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var summary = PortfolioSummary.Build(reports, links, ruleTitle: id => titles.GetValueOrDefault(id));
        outputs["portfolio.html"] = PortfolioWriters.Html(summary, portfolioLanguage);
        outputs["portfolio.md"] = PortfolioWriters.Markdown(summary, portfolioLanguage);
        outputs["portfolio.csv"] = PortfolioWriters.Csv(summary);
        SafeFileWriter.WriteAll(outFull, outputs);

        var report = new CheckReport(reports, linter.Rules, ToolInfo.Version);
        foreach (var name in new[] { "portfolio.html", "portfolio.md", "portfolio.csv" })
        {
            ctx.Out.WriteLine(Path.Combine(outDir, name).Replace('\\', '/'));
        }
        var documents = links.Count(l => l is not null);
        ctx.Out.WriteLine($"{files.Count} proposal(s), documents for {documents}; {report.Summary()}");
        return ExitCodes.Ok;
    }

    /// <summary>A distinct file name per proposal: its safe id, with -2, -3… when two proposals share one.</summary>
    private static string?[] DocumentNames(IReadOnlyList<FileReport> reports)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string?[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i].Project is not { } project)
            {
                continue;
            }
            var stem = DocumentRenderer.SafeName(project.Id);
            var name = stem + ".html";
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}.html";
            }
            names[i] = name;
        }
        return names;
    }
}
