using Designer.Diagnostics;

namespace Designer.Rules;

/// <summary>What a rule found in a project: the rule, how serious, what and where, and the lesson behind it.</summary>
/// <remarks><see cref="CouldNotCheck"/>: the rule's expressions gave an error instead of a verdict.</remarks>
public sealed record Finding(
    string RuleId,
    string Title,
    Severity Severity,
    string Message,
    SourceSpan Span,
    string Area,
    string Lesson,
    string Cite,
    string? Help,
    string? Element = null,
    string? SuppressedBecause = null,
    string? Docs = null,
    bool CouldNotCheck = false)
{
    public bool Suppressed => SuppressedBecause is not null;
}
