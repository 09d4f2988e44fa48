using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Designer.Cli.Serve;
using Designer.Cli.Serve.Http;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>
/// The edges of the preview server's own HTTP/1.1 server, over bare sockets and HttpClient: status codes, HEAD,
/// headers on every answer, limits on what a client can hold, percent-encoded paths, lengths in bytes, event
/// streams, and stopping.
/// </summary>
public sealed class PreviewServerHttpTests
{
    private const string Huila = "huila-coffee.yaml";

    private static string Get(string path) => $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    private static void AssertCommonHeaders(RawResponse response)
    {
        Assert.Equal("no-store", response.Headers["Cache-Control"]);
        Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
        Assert.Equal("close", response.Headers["Connection"]);
    }

    private static void AssertLengthInBytes(RawResponse response) =>
        Assert.Equal(response.Body.Length.ToString(CultureInfo.InvariantCulture), response.Headers["Content-Length"]);

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_a_rebound_domain_cannot_read_the_preview()
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var port = served.Url.Port.ToString(CultureInfo.InvariantCulture);
        foreach (var host in new[] { $"attacker.example:{port}", "attacker.example", $"127.0.0.1.nip.io:{port}", $":{port}", "[::1" })
        {
            var refused = await RawHttp.SendAsync(served.Url, $"GET /state HTTP/1.1\r\nHost: {host}\r\n\r\n");
            Assert.Equal(403, refused.Status);
            Assert.DoesNotContain("panel", refused.Text, StringComparison.Ordinal);
            AssertCommonHeaders(refused);
        }
        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", "LOCALHOST", $"preview.localhost:{port}", $"[::1]:{port}", "127.0.0.2" })
        {
            var answered = await RawHttp.SendAsync(served.Url, $"GET /state HTTP/1.1\r\nHost: {host}\r\n\r\n");
            Assert.Equal(200, answered.Status);
            Assert.Contains("panel", answered.Text, StringComparison.Ordinal);
        }
        // HTTP/1.0 may leave Host out; a browser never does.
        Assert.Equal(200, (await RawHttp.SendAsync(served.Url, "GET /state HTTP/1.0\r\n\r\n")).Status);
    }

    [Fact]
    public async Task Each_path_answers_with_its_type_and_the_common_headers()
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var page = await RawHttp.SendAsync(served.Url, Get("/"));
        Assert.Equal(200, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.Headers["Content-Type"]);
        Assert.Equal("default-src 'self'; style-src 'unsafe-inline'; img-src data:", page.Headers["Content-Security-Policy"]);
        Assert.Equal(PreviewPage.Html(Huila, served.Server.State), page.Text);
        foreach (var (path, type) in new[] { ("/app.js", "text/javascript; charset=utf-8"), ("/state", "application/json; charset=utf-8"), ("/doc/logframe", "text/html; charset=utf-8") })
        {
            var response = await RawHttp.SendAsync(served.Url, Get(path));
            Assert.Equal(200, response.Status);
            Assert.Equal(type, response.Headers["Content-Type"]);
            AssertCommonHeaders(response);
            AssertLengthInBytes(response);
        }
        AssertCommonHeaders(page);
        AssertLengthInBytes(page);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/index.html")]
    [InlineData("/doc")]
    [InlineData("/doc/board-brief/extra")]
    [InlineData("/state/")]
    [InlineData("/huila-coffee.yaml")]
    public async Task Other_paths_are_404(string path)
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var response = await RawHttp.SendAsync(served.Url, Get(path));
        Assert.Equal(404, response.Status);
        Assert.Equal("404 Not Found\n", response.Text);
        AssertCommonHeaders(response);
        AssertLengthInBytes(response);
    }

    [Fact]
    public async Task Methods_other_than_get_and_head_are_405()
    {
        await using var served = await ServedExample.StartAsync(Huila);
        using var http = new HttpClient();
        using var post = await http.PostAsync(new Uri(served.Url, "state"), new StringContent("version=99"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow);
        foreach (var method in new[] { "DELETE", "PUT", "OPTIONS", "TRACE" })
        {
            var response = await RawHttp.SendAsync(served.Url, $"{method} / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            Assert.Equal(405, response.Status);
            Assert.Equal("GET, HEAD", response.Headers["Allow"]);
            AssertCommonHeaders(response);
        }
        // The project is unchanged and the server still answers.
        Assert.Equal(200, (await RawHttp.SendAsync(served.Url, Get("/state"))).Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/state")]
    [InlineData("/doc/board-brief")]
    [InlineData("/doc/nothing")]
    [InlineData("/nope")]
    public async Task Head_sends_the_headers_of_get_and_no_body(string path)
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var get = await RawHttp.SendAsync(served.Url, Get(path));
        var head = await RawHttp.SendAsync(served.Url, $"HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        Assert.Equal(get.Status, head.Status);
        Assert.Empty(head.Body);
        Assert.NotEmpty(get.Body);
        foreach (var name in get.Headers.Keys.Where(n => n != "Date"))
        {
            Assert.Equal(get.Headers[name], head.Headers[name]);
        }
        Assert.Equal(get.Headers.Count, head.Headers.Count);
    }

    [Fact]
    public async Task Head_of_the_event_stream_ends_after_the_headers()
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var head = await RawHttp.SendAsync(served.Url, "HEAD /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        Assert.Equal(200, head.Status);
        Assert.Equal("text/event-stream", head.Headers["Content-Type"]);
        Assert.Empty(head.Body);
    }

    [Theory]
    [InlineData(20_000, 0)]
    [InlineData(0, 20_000)]
    public async Task A_head_over_16_KB_is_refused_with_431_and_the_server_goes_on(int headerBytes, int pathBytes)
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var request = $"GET /{new string('p', pathBytes)} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {new string('a', headerBytes)}\r\n\r\n";
        var refused = await RawHttp.SendAsync(served.Url, request);
        Assert.Equal(431, refused.Status);
        AssertCommonHeaders(refused);
        // Just under the limit is fine.
        var fits = await RawHttp.SendAsync(served.Url, $"GET /state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {new string('a', 16_000)}\r\n\r\n");
        Assert.Equal(200, fits.Status);
    }

    [Theory]
    [InlineData("HELLO\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded: header\r\n\r\n", 400)]
    [InlineData("GET / HTTP/3.0\r\nHost: 127.0.0.1\r\n\r\n", 505)]
    public async Task A_malformed_request_gets_its_4xx_or_5xx(string request, int status)
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var response = await RawHttp.SendAsync(served.Url, request);
        Assert.Equal(status, response.Status);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task A_client_that_stalls_mid_request_gets_408_while_others_are_served()
    {
        await using var served = await ServedExample.StartAsync(Huila, HttpLimits.Default with { ReadTimeout = TimeSpan.FromSeconds(2) });
        using var stalled = await RawHttp.ConnectAsync(served.Url);
        using var alsoStalled = await RawHttp.ConnectAsync(served.Url);
        await stalled.GetStream().WriteAsync("GET /state HTTP/1.1\r\nHost: 127.0.0.1\r\n"u8.ToArray());

        // While both hang, other clients are answered.
        using var http = new HttpClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("\"version\":", await http.GetStringAsync(new Uri(served.Url, "state")), StringComparison.Ordinal);
        }

        // Then each is told and closed.
        Assert.Equal(408, RawResponse.Parse(await RawHttp.ReadToEndAsync(stalled.GetStream())).Status);
        Assert.Equal(408, RawResponse.Parse(await RawHttp.ReadToEndAsync(alsoStalled.GetStream())).Status);
    }

    [Fact]
    public async Task Connections_over_the_cap_get_503_until_one_closes()
    {
        await using var served = await ServedExample.StartAsync(Huila, HttpLimits.Default with { MaxConnections = 2 });
        using var first = await RawHttp.ConnectAsync(served.Url);
        using var second = await RawHttp.ConnectAsync(served.Url);
        await first.GetStream().WriteAsync("GET / HTTP/1.1\r\n"u8.ToArray());
        await second.GetStream().WriteAsync("GET / HTTP/1.1\r\n"u8.ToArray());
        await WaitForStatusAsync(served.Url, 503);

        first.Close();
        await WaitForStatusAsync(served.Url, 200);
    }

    /// <summary>Asks for the state until the answer has the status (the server notices a connection's end on its own time).</summary>
    private static async Task<RawResponse> WaitForStatusAsync(Uri url, int status)
    {
        using var patience = new CancellationTokenSource(RawHttp.Patience);
        while (true)
        {
            var response = await RawHttp.SendAsync(url, Get("/state"));
            if (response.Status == status)
            {
                return response;
            }
            await Task.Delay(50, patience.Token);
        }
    }

    [Theory]
    [InlineData("/doc/%62oard-brief", 200, null)]
    [InlineData("/doc/board%2Dbrief", 200, null)]
    [InlineData("/doc/%2e%2e", 404, "<code>..</code>")]
    [InlineData("/doc/%2E%2E%2Fstate", 404, "<code>../state</code>")]
    [InlineData("/doc/..%2F..%2Fhuila-coffee.yaml", 404, "<code>../../huila-coffee.yaml</code>")]
    [InlineData("/doc/%2Fetc%2Fpasswd", 404, "<code>/etc/passwd</code>")]
    [InlineData("/doc/%22%3E%3Cimg%20src%3Dx%3E", 404, "<code>&quot;&gt;&lt;img src=x&gt;</code>")]
    [InlineData("/doc/%ZZ", 404, "<code>%ZZ</code>")]
    public async Task Document_ids_are_percent_decoded_and_only_looked_up(string path, int status, string? shown)
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var response = await RawHttp.SendAsync(served.Url, Get(path));
        Assert.Equal(status, response.Status);
        if (shown is null)
        {
            Assert.Equal(served.Server.State.Documents["board-brief"], response.Text);
        }
        else
        {
            Assert.Contains($"<p>No document {shown}.</p>", response.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("designer: 1", response.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", response.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Fixed_paths_are_matched_after_percent_decoding()
    {
        await using var served = await ServedExample.StartAsync(Huila);
        var state = await RawHttp.SendAsync(served.Url, Get("/st%61te"));
        Assert.Equal(200, state.Status);
        Assert.StartsWith("{\"version\":", state.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_length_counts_the_bytes_of_text_outside_ascii()
    {
        // Masaya is in Spanish: the page's tabs and the documents have accented letters.
        await using var served = await ServedExample.StartAsync("masaya-furniture.yaml");
        var page = await RawHttp.SendAsync(served.Url, Get("/"));
        Assert.Contains(">Marco lógico</button>", page.Text, StringComparison.Ordinal);
        Assert.True(page.Body.Length > page.Text.Length, "the page has letters of more than one byte");
        AssertLengthInBytes(page);
        Assert.Equal(Encoding.UTF8.GetBytes(PreviewPage.Html("masaya-furniture.yaml", served.Server.State)), page.Body);

        var brief = await RawHttp.SendAsync(served.Url, Get("/doc/board-brief"));
        AssertLengthInBytes(brief);
        Assert.Equal(Encoding.UTF8.GetBytes(served.Server.State.Documents["board-brief"]), brief.Body);

        // The 404 page of an id of three-byte letters, which stay as they are in the page: their bytes are counted too.
        var missing = await RawHttp.SendAsync(served.Url, Get("/doc/%E6%96%87%E6%9B%B8"));
        Assert.Equal(404, missing.Status);
        Assert.Contains("<p>No existe el documento <code>文書</code>.</p>", missing.Text, StringComparison.Ordinal);
        Assert.True(missing.Body.Length > missing.Text.Length);
        AssertLengthInBytes(missing);
    }

    [Fact]
    public async Task Two_event_streams_follow_each_change_and_both_end_when_the_server_stops()
    {
        var served = await ServedExample.StartAsync(Huila);
        try
        {
            using var a = await RawHttp.ConnectAsync(served.Url);
            using var b = await RawHttp.ConnectAsync(served.Url);
            var received = new[] { new StringBuilder(), new StringBuilder() };
            var streams = new[] { a.GetStream(), b.GetStream() };
            for (var i = 0; i < 2; i++)
            {
                await streams[i].WriteAsync(Encoding.ASCII.GetBytes(Get("/events")));
                var text = await RawHttp.ReadUntilAsync(streams[i], received[i], "data: 1\n\n");
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", text, StringComparison.Ordinal);
                Assert.Contains("\r\nContent-Type: text/event-stream\r\n", text, StringComparison.Ordinal);
                Assert.Contains("\r\nCache-Control: no-store\r\n", text, StringComparison.Ordinal);
                Assert.Contains("\r\nX-Content-Type-Options: nosniff\r\n", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Content-Length", text, StringComparison.Ordinal);
            }

            // A save: both streams hear of it.
            File.AppendAllText(served.Path, "\n# saved again\n");
            foreach (var i in new[] { 0, 1 })
            {
                await RawHttp.ReadUntilAsync(streams[i], received[i], "data: 2\n\n");
            }

            // Stopping ends both streams: each client reads to the end.
            var stopping = served.DisposeAsync().AsTask();
            foreach (var stream in streams)
            {
                var rest = await RawHttp.ReadToEndAsync(stream);
                Assert.DoesNotContain("data: ", Encoding.ASCII.GetString(rest), StringComparison.Ordinal);
            }
            await stopping.WaitAsync(RawHttp.Patience);
        }
        finally
        {
            await served.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_idle_event_stream_gets_a_keep_alive_comment()
    {
        await using var served = await ServedExample.StartAsync(Huila, HttpLimits.Default with { KeepAliveInterval = TimeSpan.FromMilliseconds(100) });
        using var client = await RawHttp.ConnectAsync(served.Url);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Get("/events")));
        var received = new StringBuilder();
        var text = await RawHttp.ReadUntilAsync(stream, received, "data: 1\n\n: keep-alive\n\n: keep-alive\n\n");
        Assert.Single(text.Split("data: ").Skip(1));
    }

    [Fact]
    public async Task A_page_that_goes_ends_its_event_stream_and_frees_its_connection()
    {
        await using var served = await ServedExample.StartAsync(Huila, HttpLimits.Default with { MaxConnections = 1 });
        using (var client = await RawHttp.ConnectAsync(served.Url))
        {
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Get("/events")));
            await RawHttp.ReadUntilAsync(stream, new StringBuilder(), "data: 1\n\n");
            // While the stream is open, it holds the one connection.
            Assert.Equal(503, (await RawHttp.SendAsync(served.Url, Get("/state"))).Status);
        }
        await WaitForStatusAsync(served.Url, 200);
    }

    [Fact]
    public async Task A_taken_port_is_an_io_error_and_a_stopped_server_gives_its_port_back()
    {
        using var dir = new TempFolder("designer-serve-http-");
        var path = Path.Combine(dir.FullName, Huila);
        File.Copy(TestPaths.InRepo("examples", Huila), path);
        LivePreview Preview() => new(new Linter([RulePackLoader.BuiltIn]), path, Huila);

        var first = await PreviewServer.StartAsync(Preview(), IPAddress.Loopback, 0, Huila);
        var port = first.Url.Port;
        await Assert.ThrowsAsync<IOException>(() => PreviewServer.StartAsync(Preview(), IPAddress.Loopback, port, Huila));
        // A page that was open when it stopped does not keep the port from the next start.
        using (var client = await RawHttp.ConnectAsync(first.Url))
        {
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(Get("/events")));
            await RawHttp.ReadUntilAsync(client.GetStream(), new StringBuilder(), "data: 1\n\n");
            await first.DisposeAsync();
        }
        await using var second = await PreviewServer.StartAsync(Preview(), IPAddress.Loopback, port, Huila);
        Assert.Equal(200, (await RawHttp.SendAsync(second.Url, Get("/state"))).Status);
    }

    [SkippableFact]
    public async Task An_ipv6_loopback_address_is_written_in_brackets()
    {
        Skip.IfNot(Socket.OSSupportsIPv6);
        using var dir = new TempFolder("designer-serve-http-");
        var path = Path.Combine(dir.FullName, Huila);
        File.Copy(TestPaths.InRepo("examples", Huila), path);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]), path, Huila), IPAddress.IPv6Loopback, 0, Huila);
        }
        catch (IOException)
        {
            Skip.If(true, "no IPv6 loopback on this machine");
            return;
        }
        await using (server)
        {
            Assert.Equal($"http://[::1]:{server.Url.Port}/", server.Url.ToString());
            Assert.Equal(200, (await RawHttp.SendAsync(server.Url, Get("/state"))).Status);
        }
    }
}
