namespace Designer.Diagnostics;

/// <summary>A problem found by any stage: its severity, a stable code, what is wrong, where, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, string? Hint = null)
{
    /// <summary>The one-line form: <c>file:line:col: error DSG101: message</c>.</summary>
    public override string ToString() => $"{Span}: {Severity.ToName()} {Code}: {Message}";
}
