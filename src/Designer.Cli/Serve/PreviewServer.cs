using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Designer.Cli.Serve.Http;
using Designer.Localization;
using Designer.Reporting.Rendering;

namespace Designer.Cli.Serve;

/// <summary>
/// The local web server of <c>designer serve</c>, on the tool's own small HTTP/1.1 server (<see cref="HttpServer"/>):
/// <c>/</c> the page, <c>/app.js</c> its script, <c>/state</c> the current panel and banner as JSON, <c>/doc/{id}</c>
/// a document exactly as <c>render</c> writes it, and <c>/events</c> a server-sent event per change.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string ContentSecurityPolicy = "default-src 'self'; style-src 'unsafe-inline'; img-src data:";
    private const string Html = "text/html; charset=utf-8";

    // Where a document's id goes in a sentence, so that the id is escaped and set in code.
    private const string Hole = "\u0001id\u0001";

    private readonly LivePreview _preview;
    private readonly string _title;
    private readonly TimeSpan _keepAlive;
    private HttpServer? _server;
    private int _disposed;

    private PreviewServer(LivePreview preview, string title, TimeSpan keepAlive)
    {
        _preview = preview;
        _title = title;
        _keepAlive = keepAlive;
    }

    /// <summary>Where the page is, e.g. <c>http://127.0.0.1:5170/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    public PreviewState State => _preview.State;

    /// <summary>Starts watching and serving; port 0 takes a free port.</summary>
    /// <exception cref="IOException">The address and port cannot be listened on.</exception>
    public static Task<PreviewServer> StartAsync(LivePreview preview, IPAddress address, int port, string title, HttpLimits? limits = null)
    {
        limits ??= HttpLimits.Default;
        var server = new PreviewServer(preview, title, limits.KeepAliveInterval);
        preview.Start();
        try
        {
            server._server = HttpServer.Start(address, port, limits, server.Respond);
        }
        catch (IOException)
        {
            preview.Dispose();
            throw;
        }
        var end = server._server.EndPoint;
        server.Url = new UriBuilder(Uri.UriSchemeHttp, end.Address.ToString(), end.Port).Uri;
        return Task.FromResult(server);
    }

    private HttpResponse Respond(HttpRequest request)
    {
        // Percent-decoded before matching, so that `/st%61te` is `/state`; a document's id is decoded on its own, after
        // the split, and only ever looked up among the rendered documents.
        var path = request.Path;
        if (path.StartsWith("/doc/", StringComparison.Ordinal) && path.IndexOf('/', 5) < 0)
        {
            return Document(Uri.UnescapeDataString(path[5..]));
        }
        return Uri.UnescapeDataString(path) switch
        {
            "/" => HttpResponse.Text(HttpStatus.Ok, Html, PreviewPage.Html(_title, _preview.State)) with { Headers = [new("Content-Security-Policy", ContentSecurityPolicy)] },
            "/app.js" => HttpResponse.Text(HttpStatus.Ok, "text/javascript; charset=utf-8", PreviewPage.Script),
            "/state" => HttpResponse.Text(HttpStatus.Ok, "application/json; charset=utf-8", StateJson(_preview.State)),
            "/events" => new HttpResponse(HttpStatus.Ok, "text/event-stream", []) { Stream = EventsAsync },
            _ => HttpResponse.Plain(HttpStatus.NotFound),
        };
    }

    private HttpResponse Document(string id)
    {
        var state = _preview.State;
        if (state.Documents.TryGetValue(id, out var html))
        {
            return HttpResponse.Text(HttpStatus.Ok, Html, html);
        }
        var labels = Labels.For(state.Language);
        var text = DocumentKinds.IsKnown(id)
            ? PreviewPage.Text(labels.Text("serve.not-rendered"))
            : PreviewPage.Text(labels.Text("serve.unknown-document", ("id", Hole))).Replace(PreviewPage.Text(Hole), $"<code>{WebUtility.HtmlEncode(id)}</code>", StringComparison.Ordinal);
        return HttpResponse.Text(HttpStatus.NotFound, Html, HtmlPage.Wrap(labels.Text("serve.no-document"), [$"<p>{text}</p>\n"]));
    }

    /// <summary>
    /// The version now, then a <c>data:</c> line per change, and a comment when nothing changed for a while (proxies
    /// and idle timeouts close a silent stream). Runs until the page goes or the server stops.
    /// </summary>
    private async Task EventsAsync(HttpStreamWriter writer, CancellationToken cancel)
    {
        while (true)
        {
            // Taken before the version is read, so that a change between the two is not missed.
            var next = _preview.NextChange;
            await writer.SendAsync(string.Create(CultureInfo.InvariantCulture, $"data: {_preview.State.Version}\n\n")).ConfigureAwait(false);
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var idle = Task.Delay(_keepAlive, quiet.Token);
                var first = await Task.WhenAny(next, idle).ConfigureAwait(false);
                cancel.ThrowIfCancellationRequested();
                if (first == next)
                {
                    await quiet.CancelAsync().ConfigureAwait(false);
                    break;
                }
                await writer.SendAsync(": keep-alive\n\n").ConfigureAwait(false);
            }
        }
    }

    private static string StateJson(PreviewState state)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("version", state.Version);
            w.WriteNumber("documents", state.DocumentsVersion);
            w.WriteString("lang", state.Language.Code());
            w.WriteString("panel", state.Panel);
            if (state.Banner is null)
            {
                w.WriteNull("banner");
            }
            else
            {
                w.WriteString("banner", state.Banner);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _preview.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
