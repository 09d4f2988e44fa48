using System.Text;

namespace Designer.Cli.Serve.Http;

/// <summary>
/// Sends the parts of a streamed body (server-sent events) as they come. A client that stops reading cannot hold the
/// server: a write that waits longer than the limit cancels, and the connection is dropped.
/// </summary>
internal sealed class HttpStreamWriter(Stream stream, TimeSpan writeTimeout, CancellationToken cancel)
{
    public async Task SendAsync(string text)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(writeTimeout);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), timeout.Token).ConfigureAwait(false);
        await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
    }
}
