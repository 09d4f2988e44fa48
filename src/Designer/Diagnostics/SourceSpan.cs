namespace Designer.Diagnostics;

/// <summary>
/// A range of source text: the file, 0-based character offsets, and 1-based line and column of both ends.
/// One type serves YAML nodes, expression nodes (offset into the scalar that holds them), rule files and templates.
/// </summary>
public sealed record SourceSpan(string File, int Start, int End, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for a whole file when nothing more precise is known.</summary>
    public static SourceSpan StartOf(string file) => new(file, 0, 0, 1, 1, 1, 1);

    /// <summary>The span as users read it: <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
