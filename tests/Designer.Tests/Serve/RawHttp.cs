using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>Talks to a server over a bare socket, so that a test can send what no HTTP client would.</summary>
internal static class RawHttp
{
    /// <summary>Guards a test against a server that never answers; not a measure of speed.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<TcpClient> ConnectAsync(Uri server)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        return client;
    }

    /// <summary>Sends the text as it is and reads until the server closes the connection.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string request)
    {
        using var client = await ConnectAsync(server);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        return RawResponse.Parse(await ReadToEndAsync(stream));
    }

    public static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var cancel = new CancellationTokenSource(Patience);
        using var all = new MemoryStream();
        await stream.CopyToAsync(all, cancel.Token);
        return all.ToArray();
    }

    /// <summary>Reads until the text received so far contains the marker; returns all of it.</summary>
    public static async Task<string> ReadUntilAsync(Stream stream, StringBuilder received, string marker)
    {
        using var cancel = new CancellationTokenSource(Patience);
        var buffer = new byte[4096];
        while (!received.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            Assert.True(read > 0, $"the server closed before `{marker}`; received: {received}");
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
        return received.ToString();
    }
}
