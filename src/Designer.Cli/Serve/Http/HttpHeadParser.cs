using System.Text;

namespace Designer.Cli.Serve.Http;

/// <summary>
/// Parses a request head (RFC 9112): <c>request-line *( field-line CRLF )</c>, the empty line that ends it already
/// cut off. Strict where leniency could hide a smuggled or malformed request: one space between the three parts of
/// the request line, a token before each colon with no space before it, no line folding, no bare CR, no control
/// characters in a value, and exactly one <c>Host</c> in HTTP/1.1. A line may end in LF alone.
/// </summary>
internal static class HttpHeadParser
{
    private const string TokenPunctuation = "!#$%&'*+-.^_`|~";

    public static HttpHeadResult Parse(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            if (line.Contains('\r', StringComparison.Ordinal))
            {
                return HttpHeadResult.Error(HttpStatus.BadRequest);
            }
            lines[i] = line;
        }

        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || !IsToken(parts[0]) || parts[1].Length == 0 || !parts[1].All(c => c is > ' ' and < '\u007f'))
        {
            return HttpHeadResult.Error(HttpStatus.BadRequest);
        }
        var version = parts[2];
        if (version is not ("HTTP/1.1" or "HTTP/1.0"))
        {
            var otherVersion = version.Length == 8 && version.StartsWith("HTTP/", StringComparison.Ordinal) && char.IsAsciiDigit(version[5]) && version[6] == '.' && char.IsAsciiDigit(version[7]);
            return HttpHeadResult.Error(otherVersion ? HttpStatus.VersionNotSupported : HttpStatus.BadRequest);
        }
        if (Path(parts[1]) is not { } path)
        {
            return HttpHeadResult.Error(HttpStatus.BadRequest);
        }

        var hosts = 0;
        string? host = null;
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsToken(line[..colon]) || line.AsSpan(colon + 1).ContainsAnyInRange('\0', '\u0008') || line.AsSpan(colon + 1).ContainsAnyInRange('\u000a', '\u001f') || line.Contains('\u007f', StringComparison.Ordinal))
            {
                return HttpHeadResult.Error(HttpStatus.BadRequest);
            }
            if (line.AsSpan(0, colon).Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                hosts++;
                host = line[(colon + 1)..].Trim(' ', '\t');
            }
        }
        if (hosts > 1 || (hosts == 0 && version == "HTTP/1.1"))
        {
            return HttpHeadResult.Error(HttpStatus.BadRequest);
        }
        return HttpHeadResult.Ok(new HttpRequest(parts[0], path, host));
    }

    /// <summary>
    /// The path of an origin-form target (<c>/doc/x?v=2</c>) or an absolute-form one (<c>http://host/doc/x</c>),
    /// without query or fragment; <c>*</c> (asterisk-form) as itself; null for anything else.
    /// </summary>
    private static string? Path(string target)
    {
        if (target == "*")
        {
            return target;
        }
        if (!target.StartsWith('/'))
        {
            var scheme = target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : -1;
            if (scheme < 0)
            {
                return null;
            }
            var slash = target.IndexOf('/', scheme);
            target = slash < 0 ? "/" : target[slash..];
        }
        var end = target.IndexOfAny(['?', '#']);
        return end < 0 ? target : target[..end];
    }

    private static bool IsToken(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || TokenPunctuation.Contains(c, StringComparison.Ordinal));
}
