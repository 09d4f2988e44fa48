namespace Designer.Diagnostics;

/// <summary>
/// A range of source text: the file, 0-based character offsets, and 1-based line and column of both ends.
/// One type serves YAML nodes, expression nodes (offset into the scalar that holds them), rule files and templates.
/// </summary>
/// <remarks>
/// A file's reader makes one span for every node it reads, so a span made from a <see cref="TextLocator"/> holds only
/// its two offsets and the locator, and finds its lines and columns in the locator's line table when asked (a third
/// less memory than storing them); a span made with explicit positions keeps them. Both kinds compare equal when
/// the file and all positions are equal.
/// </remarks>
public sealed record SourceSpan
{
    // The TextLocator the positions come from, or the explicit positions.
    private readonly object _origin;

    public SourceSpan(string file, int start, int end, int line, int column, int endLine, int endColumn)
    {
        _origin = new Positions(file, line, column, endLine, endColumn);
        Start = start;
        End = end;
    }

    /// <summary>A span of a located text; <paramref name="end"/> is not before <paramref name="start"/>.</summary>
    internal SourceSpan(TextLocator locator, int start, int end)
    {
        _origin = locator;
        Start = start;
        End = end;
    }

    public string File => _origin is TextLocator locator ? locator.File : ((Positions)_origin).File;

    public int Start { get; }

    public int End { get; }

    public int Line => _origin is TextLocator locator ? locator.Locate(Start).Line : ((Positions)_origin).Line;

    public int Column => _origin is TextLocator locator ? locator.Locate(Start).Column : ((Positions)_origin).Column;

    public int EndLine => _origin is TextLocator locator ? locator.Locate(End).Line : ((Positions)_origin).EndLine;

    public int EndColumn => _origin is TextLocator locator ? locator.Locate(End).Column : ((Positions)_origin).EndColumn;

    /// <summary>A span for a whole file when nothing more precise is known.</summary>
    public static SourceSpan StartOf(string file) => new(file, 0, 0, 1, 1, 1, 1);

    /// <summary>The empty span where this one starts.</summary>
    internal SourceSpan AtStart() =>
        _origin is TextLocator locator ? new SourceSpan(locator, Start, Start) : new SourceSpan(File, Start, Start, Line, Column, Line, Column);

    public bool Equals(SourceSpan? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Start == other.Start && End == other.End
                && (ReferenceEquals(_origin, other._origin)
                    || (File == other.File && Line == other.Line && Column == other.Column && EndLine == other.EndLine && EndColumn == other.EndColumn))));

    public override int GetHashCode() => HashCode.Combine(File, Start, End);

    /// <summary>The span as users read it: <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";

    private sealed record Positions(string File, int Line, int Column, int EndLine, int EndColumn);
}
