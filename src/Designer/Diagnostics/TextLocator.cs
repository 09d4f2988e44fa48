namespace Designer.Diagnostics;

/// <summary>Turns character offsets of one text into 1-based lines and columns, with a line table built once.</summary>
public sealed class TextLocator
{
    private readonly int[] _lineStarts;

    public TextLocator(string file, string text)
    {
        File = file;
        Text = text;
        // Counted first, so the table is one array of the right size.
        var count = 1;
        for (var i = NextLineEnd(text, 0); i >= 0; i = NextLineEnd(text, i + 1))
        {
            count++;
        }
        _lineStarts = new int[count];
        var line = 1;
        for (var i = NextLineEnd(text, 0); i >= 0; i = NextLineEnd(text, i + 1))
        {
            _lineStarts[line++] = i + 1;
        }
    }

    /// <summary>Where the next line ends at or after <paramref name="from"/> (its last character), or -1.</summary>
    private static int NextLineEnd(string text, int from)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny('\n', '\r');
            if (found < 0)
            {
                return -1;
            }
            found += from;
            if (EndsLine(text, found))
            {
                return found;
            }
            from = found + 1;
        }
        return -1;
    }

    /// <summary>\n, \r\n and a lone \r (old Mac files) each end a line.</summary>
    private static bool EndsLine(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    public string File { get; }

    public string Text { get; }

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>A span of this text; its lines and columns are looked up in this locator when asked.</summary>
    public SourceSpan Span(int start, int end) => new(this, start, Math.Max(start, end));

    /// <summary>The text of a 1-based line without its line break, for source excerpts.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return string.Empty;
        }
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }
}
