using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>An evaluation error carried as a value, with the span of the sub-expression that caused it.</summary>
public sealed class CelError
{
    private string? _message;

    // A message worded only when it is read (most placeholders never are): a static wording and its one argument.
    private readonly Func<string, string>? _wording;
    private readonly string? _argument;

    public CelError(string message, SourceSpan? span = null)
    {
        _message = message;
        Span = span;
    }

    /// <summary>An error whose message is <c>wording(argument)</c>, made when first read.</summary>
    internal CelError(Func<string, string> wording, string argument)
    {
        _wording = wording;
        _argument = argument;
    }

    // Two threads reading it at once both word the same text; either is kept.
    public string Message => _message ??= _wording!(_argument!);

    public SourceSpan? Span { get; }

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
