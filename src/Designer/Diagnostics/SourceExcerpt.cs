using Designer.Text;

namespace Designer.Diagnostics;

/// <summary>
/// The part of a source line a diagnostic quotes: at most <see cref="MaxWidth"/> characters around the column
/// (a minified or CR-only file can have a line of megabytes), control characters blanked, and where the caret goes.
/// </summary>
internal readonly record struct SourceExcerpt(string Text, int CaretStart, int CaretWidth)
{
    /// <summary>Widest excerpt quoted, in characters.</summary>
    public const int MaxWidth = 160;

    /// <summary>The excerpt of <paramref name="line"/> for a span starting at 1-based <paramref name="column"/>.</summary>
    public static SourceExcerpt Of(string line, int column, int width)
    {
        var caret = Math.Clamp(column - 1, 0, line.Length);
        width = Math.Max(1, Math.Min(width, Math.Max(1, line.Length - caret)));
        var start = 0;
        var end = line.Length;
        var prefix = "";
        var suffix = "";
        if (line.Length > MaxWidth)
        {
            start = Math.Clamp(caret - (MaxWidth / 4), 0, line.Length - MaxWidth);
            end = start + MaxWidth;
            prefix = start > 0 ? "…" : "";
            suffix = end < line.Length ? "…" : "";
        }
        var text = prefix + ControlCharacters.Blank(line[start..end].TrimEnd()) + suffix;
        var caretStart = prefix.Length + (caret - start);
        width = Math.Max(1, Math.Min(width, end - caret));
        return new SourceExcerpt(text, caretStart, width);
    }
}
