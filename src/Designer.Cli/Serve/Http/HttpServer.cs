using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Designer.Cli.Serve.Http;

/// <summary>
/// A small HTTP/1.1 server for the preview page, on a <see cref="TcpListener"/>: one request per connection, GET and
/// HEAD only (405 otherwise), no request bodies. A client is bounded in what it can hold: the request head in size and
/// in time (<see cref="HttpLimits"/>), each write in time, and the connections served at once in number. Nothing a
/// client does reaches the user: a malformed request gets its 4xx, a broken connection is dropped without a word.
/// Disposing stops accepting, ends every open event stream and waits for the connections to close.
/// </summary>
internal sealed class HttpServer : IAsyncDisposable
{
    private static readonly TimeSpan LingerTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(5);
    private const int LingerBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly HttpLimits _limits;
    private readonly Func<HttpRequest, HttpResponse> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private long _nextConnection;
    private int _disposed;
    private Task _acceptLoop = Task.CompletedTask;

    private HttpServer(TcpListener listener, HttpLimits limits, Func<HttpRequest, HttpResponse> handler)
    {
        _listener = listener;
        _limits = limits;
        _handler = handler;
        _slots = new SemaphoreSlim(limits.MaxConnections, limits.MaxConnections);
        EndPoint = (IPEndPoint)listener.LocalEndpoint;
    }

    /// <summary>The address and port listened on (the port the system chose when 0 was asked).</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Listens on the address and port (0: a free one) and serves each GET or HEAD with the handler.</summary>
    /// <exception cref="IOException">The address cannot be listened on (the port is taken, or the address is not this machine's).</exception>
    public static HttpServer Start(IPAddress address, int port, HttpLimits limits, Func<HttpRequest, HttpResponse> handler)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
        }
        catch (SocketException ex)
        {
            listener.Stop();
            throw new IOException(ex.Message, ex);
        }
        var server = new HttpServer(listener, limits, handler);
        server._acceptLoop = server.AcceptLoopAsync();
        return server;
    }

    private async Task AcceptLoopAsync()
    {
        var stop = _stop.Token;
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            catch (SocketException)
            {
                // A connection reset before it was accepted, or no file descriptors left: wait a little rather than spin.
                await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
                continue;
            }
            if (!_slots.Wait(0))
            {
                Refuse(socket);
                continue;
            }
            var id = Interlocked.Increment(ref _nextConnection);
            var connection = ServeAsync(socket);
            _connections[id] = connection;
            _ = connection.ContinueWith(_ => _connections.TryRemove(id, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Too many connections already: say so without waiting on this client, and close.</summary>
    private static void Refuse(Socket socket)
    {
        try
        {
            socket.Blocking = false;
            var response = HttpResponse.Plain(HttpStatus.Unavailable) with { Headers = [new("Retry-After", "1")] };
            socket.Send([.. response.Head(), .. response.Body]);
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The client is gone already.
        }
        finally
        {
            socket.Dispose();
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        // Off the accept loop at once, so that the next client is accepted while this one is read.
        await Task.Yield();
        // Every read and write below waits under a token that stopping cancels, so the connection ends promptly and
        // with a proper close (a socket closed under a pending operation would be reset instead).
        var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            await ExchangeAsync(socket, stream).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A connection that broke, timed out or was ended by stopping; or a bug in a page handler after its
            // answer started. Either way this connection is over and nothing else is: the user hears nothing of it.
        }
        finally
        {
            try
            {
                socket.Shutdown(SocketShutdown.Send);
            }
            catch (SocketException)
            {
                // Closed from the other side already.
            }
            await stream.DisposeAsync().ConfigureAwait(false);
            _slots.Release();
        }
    }

    private async Task ExchangeAsync(Socket socket, NetworkStream stream)
    {
        HttpHeadResult? head;
        using (var reading = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            // The whole head must come within the time, not each read: a client trickling a byte at a time is cut off too.
            reading.CancelAfter(_limits.ReadTimeout);
            try
            {
                head = await HttpHeadReader.ReadAsync(stream, _limits.MaxHeadBytes, reading.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                await WriteAsync(stream, HttpResponse.Plain(HttpStatus.RequestTimeout), body: true).ConfigureAwait(false);
                return;
            }
        }
        if (head is null)
        {
            return;
        }
        if (head.Request is not { } request)
        {
            await WriteAsync(stream, HttpResponse.Plain(head.ErrorStatus), body: true).ConfigureAwait(false);
            await LingerAsync(socket, stream).ConfigureAwait(false);
            return;
        }

        HttpResponse response;
        if (!IsAllowedHost(request.Host))
        {
            response = HttpResponse.Plain(HttpStatus.Forbidden);
        }
        else if (request.Method is not ("GET" or "HEAD"))
        {
            response = HttpResponse.Plain(HttpStatus.MethodNotAllowed) with { Headers = [new("Allow", "GET, HEAD")] };
        }
        else
        {
            try
            {
                response = _handler(request);
            }
            catch (Exception)
            {
                // A page that fails is a bug, but it must not take the server down with it; the reader sees a 500.
                response = HttpResponse.Plain(HttpStatus.InternalError);
            }
        }

        if (response.Stream is { } send && !request.IsHead)
        {
            await WriteAsync(stream, response, body: false).ConfigureAwait(false);
            await StreamAsync(stream, send).ConfigureAwait(false);
            return;
        }
        await WriteAsync(stream, response, body: !request.IsHead && response.Stream is null).ConfigureAwait(false);
        await LingerAsync(socket, stream).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether a request may be answered for the host it names. Listening on a loopback address, the server answers
    /// only requests for a loopback name or address: a web page elsewhere whose domain is made to resolve to
    /// 127.0.0.1 (DNS rebinding) names its own domain, and so cannot read a proposal under review.
    /// </summary>
    private bool IsAllowedHost(string? host)
    {
        if (host is null || !IPAddress.IsLoopback(EndPoint.Address))
        {
            return true;
        }
        // `name:port`, `[v6]:port`, or either without the port.
        var name = host.StartsWith('[') ? host[1..Math.Max(1, host.IndexOf(']', StringComparison.Ordinal))]
            : host.LastIndexOf(':') is var colon and > 0 ? host[..colon] : host;
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    private async Task WriteAsync(NetworkStream stream, HttpResponse response, bool body)
    {
        var head = response.Head();
        byte[] bytes = body ? [.. head, .. response.Body] : head;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_limits.WriteTimeout);
        await stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Sends a streamed body until the writer ends, the client closes its side, or the server stops.</summary>
    private async Task StreamAsync(NetworkStream stream, Func<HttpStreamWriter, CancellationToken, Task> send)
    {
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var watch = WatchForCloseAsync(stream, streaming);
        try
        {
            await send(new HttpStreamWriter(stream, _limits.WriteTimeout, streaming.Token), streaming.Token).ConfigureAwait(false);
        }
        finally
        {
            await streaming.CancelAsync().ConfigureAwait(false);
            await watch.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A client says it is gone by closing its side: reading sees the end. Anything it sends meanwhile is dropped, up
    /// to the size of a request head; more than that ends the stream too.
    /// </summary>
    private async Task WatchForCloseAsync(NetworkStream stream, CancellationTokenSource streaming)
    {
        var buffer = new byte[1024];
        var total = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, streaming.Token).ConfigureAwait(false)) > 0 && (total += read) <= _limits.MaxHeadBytes)
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // Stopped, or the connection broke: either way the stream ends.
        }
        await streaming.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Closes gracefully: says no more will be sent, then reads and drops what the client still sends (briefly, and not
    /// much), so that the close does not reset the connection while the client has not read the answer yet.
    /// </summary>
    private async Task LingerAsync(Socket socket, NetworkStream stream)
    {
        socket.Shutdown(SocketShutdown.Send);
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        linger.CancelAfter(LingerTime);
        var buffer = new byte[4096];
        var total = 0;
        int read;
        while (total < LingerBytes && (read = await stream.ReadAsync(buffer, linger.Token).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_connections.Values).WaitAsync(StopPatience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Every connection's socket is closed already; one still unwinding is not worth waiting for.
        }
        _stop.Dispose();
    }
}
