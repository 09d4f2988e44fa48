using Designer.Cli.Serve.Http;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>The preview server's request-head parser: what it accepts, and the status it refuses the rest with.</summary>
public sealed class HttpHeadParserTests
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: 127.0.0.1:5170", "GET", "/", "127.0.0.1:5170")]
    [InlineData("GET /doc/logframe?v=3 HTTP/1.1\r\nHost: x", "GET", "/doc/logframe", "x")]
    [InlineData("HEAD /state#top HTTP/1.1\r\nHost: x", "HEAD", "/state", "x")]
    [InlineData("GET http://127.0.0.1:5170/app.js HTTP/1.1\r\nHost: 127.0.0.1:5170", "GET", "/app.js", "127.0.0.1:5170")]
    [InlineData("GET http://127.0.0.1:5170 HTTP/1.1\r\nHost: 127.0.0.1:5170", "GET", "/", "127.0.0.1:5170")]
    [InlineData("GET / HTTP/1.0", "GET", "/", null)]
    [InlineData("GET / HTTP/1.1\nHost: x\nAccept: */*", "GET", "/", "x")]
    [InlineData("OPTIONS * HTTP/1.1\r\nHost: x", "OPTIONS", "*", "x")]
    [InlineData("GET /doc/%2e%2e HTTP/1.1\r\nhost: x\r\nUser-Agent: a\tb", "GET", "/doc/%2e%2e", "x")]
    public void Accepts_a_well_formed_head(string head, string method, string path, string? host)
    {
        var result = HttpHeadParser.Parse(System.Text.Encoding.Latin1.GetBytes(head));
        Assert.Equal(new HttpRequest(method, path, host), result.Request);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1", 400)]                                  // HTTP/1.1 without Host
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nHost: b", 400)]            // two Hosts
    [InlineData("GET  / HTTP/1.1\r\nHost: x", 400)]                      // two spaces
    [InlineData("GET / HTTP/1.1 \r\nHost: x", 400)]                      // trailing space
    [InlineData("GET /\u00e9 HTTP/1.1\r\nHost: x", 400)]                 // a byte outside ASCII in the target
    [InlineData("GET doc HTTP/1.1\r\nHost: x", 400)]                     // no slash
    [InlineData("GET ftp://x/ HTTP/1.1\r\nHost: x", 400)]                // another scheme
    [InlineData("G(T / HTTP/1.1\r\nHost: x", 400)]                       // not a token
    [InlineData("GET / HTTP/1.1\r\nHost : x", 400)]                      // space before the colon
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\n folded", 400)]            // obsolete line folding
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb", 400)]          // a bare CR
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b", 400)]      // a control character
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nno colon", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\n: empty name", 400)]
    [InlineData("GET / HTTP/2.0\r\nHost: x", 505)]
    [InlineData("GET / HTTP/1.1x\r\nHost: x", 400)]
    [InlineData("GET / http/1.1\r\nHost: x", 400)]
    public void Refuses_a_malformed_head_with_its_status(string head, int status)
    {
        var result = HttpHeadParser.Parse(System.Text.Encoding.Latin1.GetBytes(head));
        Assert.Null(result.Request);
        Assert.Equal(status, result.ErrorStatus);
    }
}
