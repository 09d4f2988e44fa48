using System.Globalization;
using System.Net;
using System.Text;
using Designer.Diagnostics;
using Designer.Reporting;
using Designer.Reporting.Rendering;
using Designer.Rules;

namespace Designer.Cli.Serve;

/// <summary>
/// Keeps the preview of one project file up to date: reads the file every <see cref="PollInterval"/> and, when its bytes
/// changed, checks and renders it again. A save that does not load keeps the last good render and adds a banner with
/// the positions of the errors. Polling the content (not file events) also catches editors that save by renaming.
/// </summary>
internal sealed class LivePreview(Linter linter, string fullPath, string displayPath) : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(150);

    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private byte[]? _lastBytes;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewState _state = new(0, 0, "", new Dictionary<string, string>(), null);

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
                Publish(null, null, Banner([$"{WebUtility.HtmlEncode(displayPath)}: {WebUtility.HtmlEncode(ex.Message)}"]));
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
        if (report.Project is null || report.HasStructuralErrors)
        {
            Publish(null, null, Banner(report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(Line)));
            return true;
        }
        var render = DocumentRenderer.Render(report.Project, report.Findings, new RenderOptions { Markdown = false, ToolVersion = ToolInfo.Version }, report.Evaluability);
        if (!render.Ok)
        {
            Publish(null, null, Banner(render.Diagnostics.Select(Line)));
            return true;
        }
        var baseName = DocumentRenderer.SafeName(report.Project.Id);
        var documents = DocumentKinds.All
            .Where(d => render.Files.ContainsKey($"{baseName}-{d.Id}.html"))
            .ToDictionary(d => d.Id, d => render.Files[$"{baseName}-{d.Id}.html"], StringComparer.Ordinal);
        Publish(Panel(report), documents, null);
        return true;
    }

    private void Publish(string? panel, IReadOnlyDictionary<string, string>? documents, string? banner)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _state = new PreviewState(_state.Version + 1, documents is null ? _state.DocumentsVersion : _state.Version + 1, panel ?? _state.Panel, documents ?? _state.Documents, banner);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private static string Line(Diagnostic d) =>
        WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} (line {d.Span.Line}, column {d.Span.Column}): {d.Severity.ToName()} {d.Code}: {d.Message}"));

    private static string Banner(IEnumerable<string> lines)
    {
        var sb = new StringBuilder("<p><strong>The last save could not be loaded.</strong> The page shows the last version that could.</p>\n<ul>\n");
        foreach (var line in lines)
        {
            sb.Append("<li>").Append(line).Append("</li>\n");
        }
        return sb.Append("</ul>\n").ToString();
    }

    /// <summary>The findings side: the evaluability score, then every active finding with its line (all text escaped).</summary>
    private static string Panel(FileReport report)
    {
        var sb = new StringBuilder();
        var active = report.Active.ToList();
        sb.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(report.Project!.Id)}</h2>\n");
        if (report.Evaluability is { } score)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"score\">Evaluability <strong>{score.Score}</strong>/100</p>\n<ul class=\"dimensions\">\n");
            foreach (var d in score.Dimensions)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li{(d.Score < d.Max ? " class=\"lost\"" : "")}>{WebUtility.HtmlEncode(d.Title)}: {d.Score}/{d.Max}</li>\n");
            }
            sb.Append("</ul>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<h3>Findings ({active.Count})</h3>\n");
        if (active.Count == 0)
        {
            sb.Append("<p class=\"none\">No finding.</p>\n");
        }
        sb.Append("<ol class=\"findings\">\n");
        foreach (var f in active)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li class=\"finding {f.Severity.ToName()}\" data-rule=\"{WebUtility.HtmlEncode(f.RuleId)}\"><span class=\"sev\">{f.Severity.ToName()}</span> <code>{WebUtility.HtmlEncode(f.RuleId)}</code> <span class=\"line\">line {f.Span.Line}</span><br>{WebUtility.HtmlEncode(f.Message)}");
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
