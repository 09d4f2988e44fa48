using System.Text;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>An HTTP response as the bytes came off the socket: status, headers (names in any case), body bytes.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public static RawResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, "no end of head in: " + Encoding.Latin1.GetString(bytes));
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        Assert.Equal("HTTP/1.1", statusLine[0]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(headers.TryAdd(line[..colon], line[(colon + 1)..].Trim()), "header sent twice: " + line);
        }
        return new RawResponse(int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), headers, bytes[(end + 4)..]);
    }
}
