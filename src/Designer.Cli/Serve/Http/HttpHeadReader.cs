namespace Designer.Cli.Serve.Http;

/// <summary>
/// Reads one request head from a connection: bytes up to the empty line that ends it, never more than
/// <see cref="HttpLimits.MaxHeadBytes"/>. Empty lines before the request line are skipped, as RFC 9112 advises. The
/// caller bounds the time (a slow client is cancelled, not waited for).
/// </summary>
internal static class HttpHeadReader
{
    /// <summary>The parsed head, or null when the client closed the connection before sending a whole one.</summary>
    public static async Task<HttpHeadResult?> ReadAsync(Stream stream, int maxHeadBytes, CancellationToken cancel)
    {
        var buffer = new byte[maxHeadBytes];
        var count = 0;
        var start = 0;
        var searched = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                return HttpHeadResult.Error(HttpStatus.HeadTooLarge);
            }
            var read = await stream.ReadAsync(buffer.AsMemory(count), cancel).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }
            count += read;
            while (start < count && buffer[start] is (byte)'\r' or (byte)'\n')
            {
                start++;
            }
            searched = Math.Max(searched, start);
            var end = EndOfHead(buffer.AsSpan(searched, count - searched));
            if (end >= 0)
            {
                return HttpHeadParser.Parse(buffer.AsSpan(start, searched + end - start));
            }
            // The terminator may straddle two reads: look again from just before where this read ended.
            searched = Math.Max(start, count - 3);
        }
    }

    /// <summary>Where the line that ends the head starts (the LF of <c>LF CRLF</c> or <c>LF LF</c>), or -1.</summary>
    private static int EndOfHead(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] != '\n')
            {
                continue;
            }
            if (bytes[i + 1] == '\n' || (bytes[i + 1] == '\r' && i + 2 < bytes.Length && bytes[i + 2] == '\n'))
            {
                return i;
            }
        }
        return -1;
    }
}
