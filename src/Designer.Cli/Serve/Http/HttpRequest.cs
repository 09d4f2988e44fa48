namespace Designer.Cli.Serve.Http;

/// <summary>
/// A request as the preview server needs it: the method, and the path of the target as sent (still percent-encoded,
/// without the query), and the <c>Host</c> header when sent. Other headers are checked for form and then dropped;
/// no request has a body.
/// </summary>
internal sealed record HttpRequest(string Method, string Path, string? Host = null)
{
    public bool IsHead => Method == "HEAD";
}
