using System.Globalization;
using System.Text;

namespace Designer.Cli.Serve.Http;

/// <summary>
/// A response of the preview server: a status, a body known in full (sent with its length in bytes), or, for an
/// event stream, a writer that sends until the client goes or the server stops (no length; the close ends it).
/// </summary>
internal sealed record HttpResponse(int Status, string? ContentType, byte[] Body)
{
    /// <summary>Headers beyond those every response gets (type, length, <c>Cache-Control</c>, <c>X-Content-Type-Options</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>When set, the body is what this sends; <see cref="Body"/> is ignored.</summary>
    public Func<HttpStreamWriter, CancellationToken, Task>? Stream { get; init; }

    public static HttpResponse Text(int status, string contentType, string body) => new(status, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>A short plain-text answer for the errors a client's request causes: its status line as text.</summary>
    public static HttpResponse Plain(int status) =>
        Text(status, "text/plain; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"{status} {HttpStatus.Reason(status)}\n"));

    /// <summary>
    /// The status line and headers. Every response closes its connection (<c>Connection: close</c>): a page makes a
    /// handful of requests, so reusing connections would save little and would need request bodies, pipelining and
    /// idle timeouts handled; closing after each answer keeps every request's bytes apart.
    /// </summary>
    public byte[] Head()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {Status} {HttpStatus.Reason(Status)}\r\n");
        sb.Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        if (ContentType is not null)
        {
            sb.Append("Content-Type: ").Append(ContentType).Append("\r\n");
        }
        if (Stream is null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\n");
        }
        sb.Append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
        foreach (var (name, value) in Headers)
        {
            sb.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        sb.Append("Connection: close\r\n\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
