using System.CommandLine;
using System.Text;
using Designer.Projects;
using Designer.Reporting;
using Designer.Reporting.Rendering;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer render FILE --out DIR</c>: the five documents in Markdown, HTML and PDF.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "The project file" };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the documents (created if needed)", Required = true };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated formats: md, html, pdf, docx", DefaultValueFactory = _ => "md,html" };
        var only = new Option<string?>("--only") { Description = "Comma-separated documents: " + string.Join(", ", DocumentKinds.All.Select(d => d.Id)) };
        var templates = new Option<string?>("--templates") { Description = "Folder of templates that override the built-in ones, file by file" };
        var browser = new Option<string?>("--browser") { Description = "Chromium or Chrome to print PDF with (default: $DESIGNER_BROWSER, then PATH)" };
        var rules = new Option<string[]>("--rules") { Description = "Add a rule pack for the review (repeatable)" };
        var date = new Option<string?>("--date") { Description = "The date the documents are rendered on, YYYY-MM-DD (default: the first day of the project's start month, so the same project gives the same bytes)" };
        var lang = CliLanguage.CreateOption();
        var command = new Command("render", "Render the logframe, M&E plan, indicator sheets, review and board brief.\n\nExamples:\n  designer render examples/sergipe-apparel.yaml --out out/\n  designer render project.yaml --out out/ --format md,html,pdf --only board-brief,logframe\n  designer render project.yaml --out out/ --templates my-templates/")
        {
            file, output, formats, only, templates, browser, rules, date, lang,
        };
        command.SetAction(p => Run(ctx, p.GetValue(file)!, p.GetValue(output)!, p.GetValue(formats)!, p.GetValue(only), p.GetValue(templates), p.GetValue(browser), p.GetValue(rules) ?? [], p.GetValue(date), p.GetValue(lang)));
        return command;
    }

    public static int Run(CliContext ctx, string file, string outDir, string formatList, string? only, string? templates, string? browserName, string[] rulePacks, string? dateText = null, string? langText = null)
    {
        if (!CliLanguage.TryRead(ctx, langText, out var language))
        {
            return ExitCodes.BadInput;
        }
        if (string.IsNullOrWhiteSpace(outDir))
        {
            ctx.Err.WriteLine("designer: --out is empty; name the folder for the documents, e.g. --out out/");
            return ExitCodes.BadInput;
        }
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                ctx.Err.WriteLine($"designer: --date `{Text.ControlCharacters.Escape(dateText)}` is not a date; write YYYY-MM-DD, e.g. --date 2027-03-01");
                return ExitCodes.BadInput;
            }
            date = parsed;
        }
        var formats = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknownFormat = formats.FirstOrDefault(f => f is not ("md" or "html" or "pdf" or "docx"));
        if (unknownFormat is not null || formats.Count == 0)
        {
            ctx.Err.WriteLine($"designer: unknown format `{unknownFormat}`; use md, html, pdf or docx, separated by commas");
            return ExitCodes.BadInput;
        }
        var documents = only is null
            ? DocumentKinds.All.Select(d => d.Id).ToList()
            : only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknownDoc = documents.FirstOrDefault(d => !DocumentKinds.IsKnown(d));
        if (unknownDoc is not null)
        {
            var suggestion = Text.Suggestions.Closest(unknownDoc, DocumentKinds.All.Select(d => d.Id));
            ctx.Err.WriteLine($"designer: unknown document `{unknownDoc}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?") + $" Documents: {string.Join(", ", DocumentKinds.All.Select(d => d.Id))}");
            return ExitCodes.BadInput;
        }
        var templatesFull = templates is null ? null : Path.GetFullPath(templates, ctx.WorkingDirectory);
        if (templatesFull is not null && !Directory.Exists(templatesFull))
        {
            ctx.Err.WriteLine($"designer: template folder not found: {templates}");
            return ExitCodes.BadInput;
        }
        string? browser = null;
        if (formats.Contains("pdf"))
        {
            browser = BrowserLocator.Find(browserName);
            if (browser is null)
            {
                ctx.Err.WriteLine("designer: PDF needs Chromium or Chrome, and none was found; install it (e.g. `apt-get install chromium`), name it with --browser or DESIGNER_BROWSER, or leave pdf out of --format");
                return ExitCodes.BadInput;
            }
        }

        // The templates are parsed and the labels read on another core while the packs and the project load.
        _ = Task.Run(() => DocumentRenderer.Prepare(language));
        var packs = CheckCommand.LoadPacks(ctx, rulePacks, noBuiltIn: false, language);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }
        var linter = new Linter(packs) { Language = language };
        var report = linter.CheckFile(Path.GetFullPath(file, ctx.WorkingDirectory), file);
        if (report.Project is null || report.HasStructuralErrors)
        {
            DiagnosticPrinter.Print(ctx, report.Diagnostics, _ => report.Project?.Source);
            return ExitCodes.BadInput;
        }

        var result = DocumentRenderer.Render(report.Project, report.Findings, new RenderOptions
        {
            Documents = documents,
            Markdown = formats.Contains("md"),
            Html = formats.Contains("html") || formats.Contains("pdf"),
            Docx = formats.Contains("docx"),
            TemplatesFolder = templatesFull,
            TemplatesFolderDisplay = templates,
            ToolVersion = ToolInfo.Version,
            Date = date,
            Language = language,
        }, report.Evaluability);
        if (!result.Ok)
        {
            DiagnosticPrinter.Print(ctx, result.Diagnostics);
            return ExitCodes.BadInput;
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, content) in result.Files)
        {
            if (name.EndsWith(".html", StringComparison.Ordinal) && !formats.Contains("html"))
            {
                continue;
            }
            files[name] = new UTF8Encoding(false).GetBytes(content);
        }
        foreach (var (name, content) in result.BinaryFiles)
        {
            files[name] = content;
        }
        if (browser is not null)
        {
            // Each document alone first: their page counts give the page numbers of the combined contents.
            var pageCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, content) in result.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Key != result.Combined?.Name))
            {
                var (pdf, error) = PdfPrinter.Print(browser, content, TimeSpan.FromSeconds(60));
                if (pdf is null)
                {
                    ctx.Err.WriteLine($"designer: {error}");
                    return ExitCodes.BadInput;
                }
                files[Path.ChangeExtension(name, ".pdf")] = pdf;
                pageCounts[name] = PdfPrinter.PageCount(pdf);
            }
            if (result.Combined is { } combined)
            {
                var baseName = combined.Name[..^".html".Length];
                var starts = PdfPrinter.StartPages(combined.Documents.Select(d => pageCounts[$"{baseName}-{d.Id}.html"]));
                var (pdf, error) = PdfPrinter.Print(browser, CombinedPage.Build(combined.Cover, combined.Documents, starts), TimeSpan.FromSeconds(60));
                if (pdf is null)
                {
                    ctx.Err.WriteLine($"designer: {error}");
                    return ExitCodes.BadInput;
                }
                files[baseName + ".pdf"] = pdf;
            }
        }
        var outFull = Path.GetFullPath(outDir, ctx.WorkingDirectory);
        SafeFileWriter.WriteAll(outFull, files);
        foreach (var name in files.Keys)
        {
            ctx.Out.WriteLine(Path.Combine(outDir, name).Replace('\\', '/'));
        }
        return ExitCodes.Ok;
    }
}
