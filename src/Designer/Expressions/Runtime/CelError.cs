using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>An evaluation error carried as a value, with the span of the sub-expression that caused it.</summary>
public sealed class CelError(string message, SourceSpan? span = null)
{
    public string Message { get; } = message;

    public SourceSpan? Span { get; } = span;

    /// <summary>Where in the expression text (0-based offsets) the error arose, before it is mapped to a file.</summary>
    public int ExprStart { get; init; } = -1;

    public int ExprEnd { get; init; } = -1;

    /// <summary>True when the error was already reported as a diagnostic where it arose (a cycle of derived
    /// values), so the places it propagates to stay silent.</summary>
    public bool Reported { get; init; }

    public CelError At(int start, int end) =>
        ExprStart >= 0 ? this : new CelError(Message, Span) { ExprStart = start, ExprEnd = end, Reported = Reported };

    public override string ToString() => Message;
}
