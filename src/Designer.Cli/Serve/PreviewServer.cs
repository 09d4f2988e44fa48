using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Designer.Localization;
using Designer.Reporting.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Designer.Cli.Serve;

/// <summary>
/// The local web server of <c>designer serve</c> (ASP.NET Core minimal APIs on Kestrel, slim builder, no reflection):
/// <c>/</c> the page, <c>/app.js</c> its script, <c>/state</c> the current panel and banner as JSON, <c>/doc/{id}</c>
/// a document exactly as <c>render</c> writes it, and <c>/events</c> a server-sent event per change.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LivePreview _preview;

    private PreviewServer(WebApplication app, LivePreview preview, Uri url)
    {
        _app = app;
        _preview = preview;
        Url = url;
    }

    /// <summary>Where the page is, e.g. <c>http://127.0.0.1:5170/</c>.</summary>
    public Uri Url { get; }

    public PreviewState State => _preview.State;

    /// <summary>Starts watching and serving; port 0 takes a free port.</summary>
    public static async Task<PreviewServer> StartAsync(LivePreview preview, IPAddress address, int port, string title)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, port));
        var app = builder.Build();
        // Event streams never end by themselves: end them when the server stops, or stopping waits for its timeout.
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            await next(context).ConfigureAwait(false);
        });
        app.MapGet("/", (RequestDelegate)(context =>
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'unsafe-inline'; img-src data:";
            return Text(context, "text/html; charset=utf-8", PreviewPage.Html(title, preview.State));
        }));
        app.MapGet("/app.js", (RequestDelegate)(context => Text(context, "text/javascript; charset=utf-8", PreviewPage.Script)));
        app.MapGet("/state", (RequestDelegate)(context => Text(context, "application/json; charset=utf-8", StateJson(preview.State))));
        app.MapGet("/doc/{id}", (RequestDelegate)(context =>
        {
            var id = context.Request.RouteValues["id"] as string ?? "";
            var state = preview.State;
            if (!state.Documents.TryGetValue(id, out var html))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                var labels = Labels.For(state.Language);
                var text = DocumentKinds.IsKnown(id)
                    ? PreviewPage.Text(labels.Text("serve.not-rendered"))
                    : PreviewPage.Text(labels.Text("serve.unknown-document", ("id", Hole))).Replace(PreviewPage.Text(Hole), $"<code>{WebUtility.HtmlEncode(id)}</code>", StringComparison.Ordinal);
                return Text(context, "text/html; charset=utf-8", HtmlPage.Wrap(labels.Text("serve.no-document"), [$"<p>{text}</p>\n"]));
            }
            return Text(context, "text/html; charset=utf-8", html);
        }));
        app.MapGet("/events", (RequestDelegate)(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var aborted = linked.Token;
            try
            {
                while (!aborted.IsCancellationRequested)
                {
                    var next = preview.NextChange;
                    await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {preview.State.Version}\n\n"), aborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
                    // A comment every 15 s keeps proxies and idle timeouts from closing the stream.
                    await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15), aborted)).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away.
            }
        }));

        preview.Start();
        await app.StartAsync().ConfigureAwait(false);
        var address0 = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, preview, new Uri(address0.EndsWith('/') ? address0 : address0 + "/"));
    }

    // Where a document's id goes in a sentence, so that the id is escaped and set in code.
    private const string Hole = "\u0001id\u0001";

    private static Task Text(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, Encoding.UTF8);
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
        _preview.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
