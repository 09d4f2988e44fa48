using System.Globalization;
using System.Net;
using System.Text;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Reporting;
using Designer.Reporting.Rendering;
using Designer.Rules;

namespace Designer.Cli.Serve;

/// <summary>
/// Keeps the preview of one project file up to date: reads the file every <see cref="PollInterval"/> and, when its bytes
/// changed, checks and renders it again. A save that does not load keeps the last good render and adds a banner with
/// the positions of the errors. Polling the content (not file events) also catches editors that save by renaming.
/// The page's words, the findings and the documents are in the linter's language (<c>--lang</c>), else in the
/// project's <c>project.language</c>; a save that does not load keeps the language of the last one that did.
/// </summary>
internal sealed class LivePreview(Linter linter, string fullPath, string displayPath) : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(150);

    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private byte[]? _lastBytes;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewState _state = new(0, 0, "", new Dictionary<string, string>(), null, linter.Language ?? Language.English);
    private Language _language = linter.Language ?? Language.English;

    public PreviewState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Completes at the next change after this call.</summary>
    public Task NextChange
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Loads the file once now, then keeps watching it in the background until disposed.</summary>
    public void Start()
    {
        Refresh();
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(PollInterval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                {
                    Refresh();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    /// <summary>Reloads when the file's content changed; returns whether it did.</summary>
    public bool Refresh()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Mid-save or briefly gone (an editor replacing the file): try again at the next tick.
            if (_lastBytes is null)
            {
                Publish(null, null, Banner(Labels.For(_language), [$"{WebUtility.HtmlEncode(displayPath)}: {WebUtility.HtmlEncode(ex.Message)}"]));
                _lastBytes = [];
            }
            return false;
        }
        if (_lastBytes is not null && bytes.AsSpan().SequenceEqual(_lastBytes))
        {
            return false;
        }
        _lastBytes = bytes;
        var report = linter.CheckFile(fullPath, displayPath);
        _language = linter.Language ?? report.Project?.Language ?? _language;
        var labels = Labels.For(_language);
        if (report.Project is null || report.HasStructuralErrors)
        {
            // A file that does not load is worded in English by the linter: word it in the page's language.
            Publish(null, null, Banner(labels, report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => Line(labels, d.In(_language)))));
            return true;
        }
        var render = DocumentRenderer.Render(report.Project, report.Findings, new RenderOptions { Markdown = false, ToolVersion = ToolInfo.Version, Language = linter.Language }, report.Evaluability);
        if (!render.Ok)
        {
            Publish(null, null, Banner(labels, render.Diagnostics.Select(d => Line(labels, d))));
            return true;
        }
        var baseName = DocumentRenderer.SafeName(report.Project.Id);
        var documents = DocumentKinds.All
            .Where(d => render.Files.ContainsKey($"{baseName}-{d.Id}.html"))
            .ToDictionary(d => d.Id, d => render.Files[$"{baseName}-{d.Id}.html"], StringComparer.Ordinal);
        Publish(Panel(labels, report), documents, null);
        return true;
    }

    private void Publish(string? panel, IReadOnlyDictionary<string, string>? documents, string? banner)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _state = new PreviewState(_state.Version + 1, documents is null ? _state.DocumentsVersion : _state.Version + 1, panel ?? _state.Panel, documents ?? _state.Documents, banner, _language);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private static string Line(Labels l, Diagnostic d) =>
        WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} ({Position(l, d.Span)}): {SeverityWord(l, d.Severity)} {d.Code}: {d.Message}"));

    private static string Position(Labels l, SourceSpan span) =>
        l.Text("serve.position", ("line", span.Line.ToString(CultureInfo.InvariantCulture)), ("column", span.Column.ToString(CultureInfo.InvariantCulture)));

    private static string SeverityWord(Labels l, Severity severity) => l.Text("severity-word." + severity.ToName());

    private static string Banner(Labels l, IEnumerable<string> lines)
    {
        var sb = new StringBuilder("<p><strong>").Append(PreviewPage.Text(l.Text("serve.load-failed"))).Append("</strong> ").Append(PreviewPage.Text(l.Text("serve.last-good"))).Append("</p>\n<ul>\n");
        foreach (var line in lines)
        {
            sb.Append("<li>").Append(line).Append("</li>\n");
        }
        return sb.Append("</ul>\n").ToString();
    }

    /// <summary>The findings side: the evaluability score, then every active finding with its line (all text escaped).</summary>
    private static string Panel(Labels l, FileReport report)
    {
        var sb = new StringBuilder();
        var active = report.Active.ToList();
        sb.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(report.Project!.Id)}</h2>\n");
        if (report.Evaluability is { } score)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"score\">{PreviewPage.Text(l.Text("serve.evaluability"))} <strong>{score.Score}</strong>/100</p>\n<ul class=\"dimensions\">\n");
            foreach (var d in score.Dimensions)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li{(d.Score < d.Max ? " class=\"lost\"" : "")}>{WebUtility.HtmlEncode(d.Title)}: {d.Score}/{d.Max}</li>\n");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("<h3>").Append(PreviewPage.Text(l.Text("serve.findings", ("count", active.Count.ToString(CultureInfo.InvariantCulture))))).Append("</h3>\n");
        if (active.Count == 0)
        {
            sb.Append("<p class=\"none\">").Append(PreviewPage.Text(l.Text("serve.no-finding"))).Append("</p>\n");
        }
        sb.Append("<ol class=\"findings\">\n");
        foreach (var f in active)
        {
            var line = PreviewPage.Text(l.Text("serve.line", ("line", f.Span.Line.ToString(CultureInfo.InvariantCulture))));
            sb.Append(CultureInfo.InvariantCulture, $"<li class=\"finding {f.Severity.ToName()}\" data-rule=\"{WebUtility.HtmlEncode(f.RuleId)}\"><span class=\"sev\">{PreviewPage.Text(SeverityWord(l, f.Severity))}</span> <code>{WebUtility.HtmlEncode(f.RuleId)}</code> <span class=\"line\">{line}</span><br>{WebUtility.HtmlEncode(f.Message)}");
            if (f.Help is not null)
            {
                sb.Append("<div class=\"help\">").Append(WebUtility.HtmlEncode(f.Help)).Append("</div>");
            }
            sb.Append("</li>\n");
        }
        return sb.Append("</ol>\n").ToString();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
