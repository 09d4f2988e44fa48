using Designer.Diagnostics;

namespace Designer.Rules;

/// <summary>What a rule found in a project: the rule, how serious, what and where, and the lesson behind it.</summary>
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
    string? Docs = null)
{
    public bool Suppressed => SuppressedBecause is not null;
}
