using Designer.Localization;

namespace Designer.Diagnostics;

/// <summary>Collects diagnostics so that one run reports every problem it can find.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, string message, SourceSpan span, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, message, span, hint));

    /// <summary>An error worded from the message catalog, so it can be shown in the project's language.</summary>
    public void Error(string code, LocalText message, SourceSpan span, LocalText? hint = null) =>
        _items.Add(Diagnostic.From(Severity.Error, code, message, span, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics ordered by file, position and code, so output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> ToOrderedList() =>
        _items.Count == 0 ? [] : _items
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
}
