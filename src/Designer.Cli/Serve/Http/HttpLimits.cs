namespace Designer.Cli.Serve.Http;

/// <summary>
/// What one client may cost the preview server. The defaults suit a reviewer's browser on the same machine; tests
/// shorten the times.
/// </summary>
internal sealed record HttpLimits
{
    public static readonly HttpLimits Default = new();

    /// <summary>The request line and headers together; a longer head is answered 431 and the connection closed.</summary>
    public int MaxHeadBytes { get; init; } = 16 * 1024;

    /// <summary>How long a client has to send its whole request head; a slower one is answered 408 and closed.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one write may wait for a client that does not read; then the connection is dropped.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Connections served at once (each open page holds one for its event stream); more are answered 503.</summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>How often an idle event stream gets a comment, so that proxies and idle timeouts keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);
}
