using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Runtime;

namespace Designer.Rules;

/// <summary>A rule of a pack, with its expressions compiled once when the pack is loaded.</summary>
public sealed class Rule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Area { get; init; }
    public required Severity Severity { get; init; }
    public required string Lesson { get; init; }
    public required string Cite { get; init; }
    public string? Help { get; init; }
    public required string Pack { get; init; }

    /// <summary>Where findings point, as a path such as <c>it.baseline</c> or <c>project.budget</c>.</summary>
    public string? At { get; init; }

    public CompiledExpression? ForEach { get; init; }
    public CompiledExpression? When { get; init; }
    public required CompiledExpression Assert { get; init; }
    public required MessageTemplate Message { get; init; }

    /// <summary>Named thresholds (the pack's, then the rule's own), which a configuration may override.</summary>
    public CelMap Params { get; init; } = CelMap.Empty;

    /// <summary>The parameters the rule's expressions and message read, in the order they first appear.</summary>
    public IReadOnlyList<string> ParamNames { get; init; } = [];

    /// <summary>The evaluability dimension the rule bears on and what a finding costs there, if it bears on one.</summary>
    public RuleWeight? Weight { get; init; }

    public IReadOnlyList<RuleTestCase> PassCases { get; init; } = [];
    public IReadOnlyList<RuleTestCase> FailCases { get; init; } = [];

    public required SourceSpan Span { get; init; }

    /// <summary>
    /// The absolute address of the rule's reference page (<c>{docs}/ID.md</c>) when its pack's <c>docs</c> is an
    /// absolute http(s) URL; null otherwise, since a folder of a clone is no link for someone who installed the tool.
    /// </summary>
    public string? Docs { get; init; }

    /// <summary>A copy with a different severity or parameters, as a configuration asks.</summary>
    public Rule With(Severity severity, CelMap parameters) => Copy(severity, parameters, Title, Lesson, Message, Help);

    /// <summary>A copy with its texts in another language; what it checks, where and how much it weighs unchanged.</summary>
    public Rule WithTexts(string title, string lesson, MessageTemplate message, string? help) =>
        Copy(Severity, Params, title, lesson, message, help);

    private Rule Copy(Severity severity, CelMap parameters, string title, string lesson, MessageTemplate message, string? help) => new()
    {
        Id = Id,
        Title = title,
        Area = Area,
        Severity = severity,
        Lesson = lesson,
        Cite = Cite,
        Help = help,
        Pack = Pack,
        At = At,
        ForEach = ForEach,
        When = When,
        Assert = Assert,
        Message = message,
        Params = parameters,
        ParamNames = ParamNames,
        Weight = Weight,
        PassCases = PassCases,
        FailCases = FailCases,
        Span = Span,
        Docs = Docs,
    };
}

/// <summary>One of a rule's own test cases: a project snippet on which the rule must pass, or must fail.</summary>
public sealed record RuleTestCase(Value Snippet, SourceSpan Span, string Source);
