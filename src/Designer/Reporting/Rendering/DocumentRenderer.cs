using System.Text;
using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Projects;
using Designer.Rules;
using Markdig;
using Scriban;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>What to render: which documents, in which formats, with which template overrides.</summary>
public sealed record RenderOptions
{
    public IReadOnlyList<string> Documents { get; init; } = DocumentKinds.All.Select(d => d.Id).ToList();
    public bool Markdown { get; init; } = true;
    public bool Html { get; init; } = true;

    /// <summary>Word files (.docx), made from the same Markdown as the HTML.</summary>
    public bool Docx { get; init; }
    public string? TemplatesFolder { get; init; }

    /// <summary>How errors name the template folder (as the user wrote it); the folder itself when null.</summary>
    public string? TemplatesFolderDisplay { get; init; }
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>
    /// Longest output one document may produce, in characters: a document is complete or the render fails
    /// (DSG401); it is never cut short. 16 Mi characters hold the indicator sheets of some 30,000 indicators.
    /// </summary>
    public int MaxOutput { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most characters all the documents of one render may produce together (their HTML comes on top).</summary>
    public long MaxTotalOutput { get; init; } = 32 * 1024 * 1024;

    /// <summary>
    /// Most loop iterations of one document, counted together over all its loops (Scriban's budget is cumulative
    /// over each nested iteration tree, not per loop).
    /// </summary>
    public int LoopLimit { get; init; } = 5_000_000;

    /// <summary>
    /// The date a document is rendered "on" (<c>render_date</c> and <c>date.now</c> in templates): an input, so the
    /// same project gives the same bytes. Null means the first day of the project's start month.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>The language of the documents' numbers, dates and helpers' words; the project's own when null.</summary>
    public Localization.Language? Language { get; init; }
}

/// <summary>The rendered files (name → content) or the template errors that stopped the render.</summary>
public sealed record RenderResult(IReadOnlyDictionary<string, string> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Diagnostics.Count == 0;

    /// <summary>The rendered binary files (name → bytes): the Word files.</summary>
    public IReadOnlyDictionary<string, byte[]> BinaryFiles { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The name and the parts of the combined page, so that a printer can rebuild it with page numbers in its contents.</summary>
    internal (string Name, CoverFacts Cover, IReadOnlyList<(string Id, string Title, string Html)> Documents)? Combined { get; init; }
}

/// <summary>
/// Renders the documents of a project through Scriban templates into Markdown, and through one Markdig
/// pipeline into self-contained HTML. Nothing is written here; the caller writes the files atomically.
/// </summary>
public static partial class DocumentRenderer
{
    /// <summary>One pipeline for every page: tables and heading ids; raw HTML in the Markdown is shown as text.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    [GeneratedRegex("<pre><code class=\"language-mermaid\">%% designer:([a-z_]+)\\n.*?</code></pre>", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    /// <summary>A file-name-safe form of the project id: letters, digits, dot, dash and underscore only.</summary>
    public static string SafeName(string id)
    {
        var sb = new StringBuilder();
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }
        var name = sb.ToString().Trim('-');
        return name.Length == 0 ? "project" : name.Length > 80 ? name[..80] : name;
    }

    /// <summary>The built-in templates, parsed once per process (a parsed template renders any number of times).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> BuiltInTemplates = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses the built-in templates and reads the label dictionaries of <paramref name="language"/> (of every
    /// language when none is named) ahead of a render, so that a command can do it on another core while it loads
    /// the rule packs and the project. Rendering does the same work itself when it was not done.
    /// </summary>
    public static void Prepare(Localization.Language? language)
    {
        var source = new TemplateSource(null);
        foreach (var name in DocumentKinds.All.Select(d => d.Id))
        {
            if (source.Find(name, out _, out var builtIn) is { } found && builtIn)
            {
                BuiltInTemplates.GetOrAdd(found.Path, _ => Template.Parse(found.Text, found.Path));
            }
        }
        foreach (var l in language is { } one ? [one] : Localization.Languages.All)
        {
            _ = Labels.For(l);
        }
    }

    /// <summary>How many built-in templates are parsed and kept (for the tests).</summary>
    internal static int PreparedTemplates => BuiltInTemplates.Count;

    /// <param name="project">The loaded project.</param>
    /// <param name="findings">What the rules found in it.</param>
    /// <param name="options">Which documents, in which formats.</param>
    /// <param name="evaluability">Its evaluability score, shown by the review and the board brief when given.</param>
    public static RenderResult Render(Project project, IReadOnlyList<Finding> findings, RenderOptions options, EvaluabilityScore? evaluability = null)
    {
        var source = new TemplateSource(options.TemplatesFolder, options.TemplatesFolderDisplay);
        var diagnostics = new List<Diagnostic>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var baseName = SafeName(project.Id);
        var htmlSections = new List<(string Id, string Title, string Html)>();
        var wordDocuments = new List<Docx.DocxDocument>();
        // Built once per render, shared by every document.
        var language = options.Language ?? project.Language;
        var labels = Labels.For(language, source, out var labelsError);
        if (labelsError is not null)
        {
            return new RenderResult(new Dictionary<string, string>(), [new Diagnostic(Severity.Error, DiagnosticCodes.Template, labelsError,
                Diagnostics.SourceSpan.StartOf(Labels.FileName(language)), "Fix the label dictionary, or remove it to use the built-in labels.")]);
        }
        var helpers = TemplateHelpers.CreateScriptObject(language, labels);
        var model = RenderModel.Build(project, findings, options.ToolVersion, evaluability, labels);
        model["language"] = Localization.Languages.Code(language);
        var renderDate = options.Date ?? RenderDates.FromProjectStart((model["project"] as ScriptObject)?["start"] as string);
        model["render_date"] = renderDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var svgs = Diagrams.SvgById((ScriptObject)model["diagrams"]!);
        helpers["format"] = "md";

        long produced = 0;
        foreach (var doc in DocumentKinds.All.Where(d => options.Documents.Contains(d.Id)).Select(d => (d.Id, Title: labels.Text("doc." + d.Id))))
        {
            var markdown = RenderTemplate(source, doc.Id, model, helpers, options, renderDate, diagnostics);
            if (markdown is null)
            {
                continue;
            }
            // A control character or direction override in the project's text is shown, never passed on raw: it
            // would drive a terminal showing the Markdown, vanish in the HTML and break the Word file's XML.
            markdown = Text.ControlCharacters.Escape(markdown, keepLineBreaks: true);
            produced += markdown.Length;
            if (produced > options.MaxTotalOutput)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Template,
                    $"the documents together produced more than {options.MaxTotalOutput:N0} characters (limit), reached at `{doc.Id}`; nothing is written",
                    Diagnostics.SourceSpan.StartOf(doc.Id + ".sbn"), "A template that repeats without end, or a project far beyond any real one; docs/limits.md lists the limits."));
                break;
            }
            if (options.Markdown)
            {
                files[$"{baseName}-{doc.Id}.md"] = markdown;
            }
            if (options.Docx)
            {
                wordDocuments.Add(new Docx.DocxDocument(doc.Id, doc.Title, markdown, Landscape: DocumentKinds.IsLandscape(doc.Id)));
            }
            if (options.Html)
            {
                var html = ToHtml(markdown, svgs);
                if (DocumentKinds.IsLandscape(doc.Id))
                {
                    html = $"<div class=\"landscape {doc.Id}\">\n{html}</div>\n";
                }
                else if (doc.Id == "board-brief" || DocumentKinds.HasOwnColumnWidths(doc.Id))
                {
                    // Its own class lets the page size its columns (and fit the brief on two A4 pages).
                    html = $"<div class=\"{doc.Id}\">\n{html}</div>\n";
                }
                htmlSections.Add((doc.Id, doc.Title, html));
                files[$"{baseName}-{doc.Id}.html"] = HtmlPage.Wrap($"{doc.Title} — {project.Id}", [html], language);
            }
        }
        var cover = CoverFacts.From(project, renderDate, options.ToolVersion) with { Labels = labels };
        if (options.Html && htmlSections.Count > 1)
        {
            files[$"{baseName}.html"] = CombinedPage.Build(cover, htmlSections);
        }
        if (diagnostics.Count > 0)
        {
            return new RenderResult(new Dictionary<string, string>(), diagnostics);
        }
        var binaries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var doc in wordDocuments)
        {
            binaries[$"{baseName}-{doc.Id}.docx"] = Docx.DocxWriter.Write($"{doc.Title} — {project.Id}", renderDate, [doc], labels);
        }
        if (wordDocuments.Count > 1)
        {
            binaries[$"{baseName}.docx"] = Docx.DocxWriter.Write(labels.Text("cover.word-title", ("title", cover.Title)), renderDate, wordDocuments, labels, cover);
        }
        return new RenderResult(files, diagnostics)
        {
            BinaryFiles = binaries,
            Combined = options.Html && htmlSections.Count > 1 ? ($"{baseName}.html", cover, htmlSections) : null,
        };
    }

    /// <summary>Markdown to an HTML fragment, with each diagram's Mermaid block replaced by its SVG.</summary>
    public static string ToHtml(string markdown, IReadOnlyDictionary<string, string> svgs) =>
        MermaidBlock().Replace(Markdig.Markdown.ToHtml(markdown, Pipeline), m =>
            svgs.TryGetValue(m.Groups[1].Value, out var svg) ? $"<figure class=\"diagram\">{svg}</figure>" : m.Value);

    private static string? RenderTemplate(TemplateSource source, string name, ScriptObject model, ScriptObject helpers, RenderOptions options, DateOnly renderDate, List<Diagnostic> diagnostics)
    {
        var found = source.Find(name, out var error, out var builtIn);
        if (found is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Template, error ?? $"no template `{name}.sbn`", Diagnostics.SourceSpan.StartOf(name + ".sbn")));
            return null;
        }
        var (text, path) = found.Value;
        var template = builtIn ? BuiltInTemplates.GetOrAdd(path, _ => Template.Parse(text, path)) : Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
            {
                diagnostics.Add(TemplateDiagnostic(path, m.Span, m.Message));
            }
            return null;
        }
        var context = new TemplateContext(RenderDates.Builtins(renderDate))
        {
            TemplateLoader = source,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = 32,
            ObjectRecursionLimit = 32,
            // Scriban truncates silently by default; a document is complete or the render fails.
            LimitToString = options.MaxOutput,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = options.MaxOutput,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(500),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
        };
        context.PushGlobal(helpers);
        context.PushGlobal(model);
        try
        {
            var output = template.Render(context);
            if (output.Length > options.MaxOutput)
            {
                diagnostics.Add(OutputLimit(path, options));
                return null;
            }
            return output.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            diagnostics.Add(TemplateDiagnostic(path, ex.Span, ex.OriginalMessage));
            return null;
        }
    }

    private static Diagnostic OutputLimit(string path, RenderOptions options) =>
        new(Severity.Error, DiagnosticCodes.Template, $"template `{path}` produced more than {options.MaxOutput:N0} characters (limit); the document is not written",
            Diagnostics.SourceSpan.StartOf(path), "A template that repeats without end, or a project far beyond any real one; docs/limits.md lists the limits.");

    private static Diagnostic TemplateDiagnostic(string path, Scriban.Parsing.SourceSpan span, string message)
    {
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        var file = string.IsNullOrEmpty(span.FileName) ? path : span.FileName;
        return new Diagnostic(Severity.Error, DiagnosticCodes.Template, message, new Diagnostics.SourceSpan(file, span.Start.Offset, span.End.Offset, line, column, span.End.Line + 1, span.End.Column + 1),
            "Fix the template, or remove the override to use the built-in one.");
    }
}
