using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects;

namespace Designer.Rules;

/// <summary>
/// Runs the rules of one or more packs over a project, then applies the project's suppressions.
/// Each rule's expressions were compiled when its pack was loaded; here they are only evaluated.
/// </summary>
public static class Checker
{
    public const string SuppressionWithoutReason = "SUP001";
    public const string UnusedSuppression = "SUP002";
    public const string TooManyFindings = "LIM001";
    public const string MessageBudget = "LIM002";
    public const string TimeBudget = "LIM003";

    /// <summary>Most findings reported for one project; a rule pack gone wrong cannot flood a report.</summary>
    public const int DefaultMaxFindings = 5_000;

    public static IReadOnlyList<Finding> Check(Project project, IEnumerable<Rule> rules, int maxFindings = DefaultMaxFindings) =>
        Check(project, rules, CheckLimits.Default with { MaxFindings = maxFindings });

    /// <summary>Checks a project within a budget (findings, message size, time); the first limit reached ends the check with a LIM finding.</summary>
    public static IReadOnlyList<Finding> Check(Project project, IEnumerable<Rule> rules, CheckLimits limits)
    {
        var findings = new List<Finding>();
        var budget = new RunBudget(limits);
        foreach (var rule in rules)
        {
            if (budget.Exhausted is not null || budget.CheckTime())
            {
                break;
            }
            budget.Rule = rule.Id;
            Run(rule, project.Root, project.Scope, findings, budget);
        }
        findings = ApplySuppressions(project, findings);
        var ordered = Order(findings);
        if (budget.Exhausted is null)
        {
            return ordered;
        }
        var kept = ordered.Take(limits.MaxFindings).ToList();
        kept.Add(new Finding(budget.Code!, "Checks are limited per project", Severity.Error,
            budget.Exhausted, project.Root.Span is { } s ? s.AtStart() : SourceSpan.StartOf(project.Path),
            "review", "A report nobody can read helps nobody; fix the first findings, or the rule pack that produces them.", "—",
            "Check the rule packs for a rule that fires on every element, builds long messages or loops over large lists."));
        return kept;
    }

    public static List<Finding> Order(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Element, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>Evaluates one rule over a project's data; shared by the checker and the rule self-tests.</summary>
    internal static void Run(Rule rule, CelMap root, IScope projectScope, List<Finding> findings, RunBudget? budget = null)
    {
        var scope = new RuleScope(projectScope, rule.Params) { DeadlineTimestamp = budget?.Deadline ?? long.MaxValue };
        var counted = findings.Count;
        RunRule(rule, root, scope, findings, budget, ref counted);
        Account(findings, budget, ref counted);
    }

    /// <summary>Counts the findings added since the last call against the budget, cutting over-long messages.</summary>
    private static void Account(List<Finding> findings, RunBudget? budget, ref int counted)
    {
        if (budget is null)
        {
            return;
        }
        for (; counted < findings.Count; counted++)
        {
            findings[counted] = findings[counted] with { Message = budget.Take(findings[counted].Message) };
        }
    }

    private static void RunRule(Rule rule, CelMap root, RuleScope scope, List<Finding> findings, RunBudget? budget, ref int counted)
    {
        if (rule.ForEach is null)
        {
            Evaluate(rule, root, scope, findings, null, null);
            return;
        }
        var range = rule.ForEach.Evaluate(scope);
        if (range.IsError)
        {
            findings.Add(Broken(rule, root, null, range.AsError));
            return;
        }
        if (range.Kind != ValueKind.List)
        {
            findings.Add(Broken(rule, root, null, new CelError($"for_each gave a {range.CelType.Name}, not a list")));
            return;
        }
        var list = range.AsList;
        scope.HasIt = true;
        for (var i = 0; i < list.Count; i++)
        {
            Account(findings, budget, ref counted);
            if (budget is not null && (budget.Exhausted is not null || ((i & 15) == 15 && budget.CheckTime())))
            {
                return;
            }
            scope.It = list[i];
            Evaluate(rule, root, scope, findings, list[i], list.ItemSpan(i));
        }
    }

    private static void Evaluate(Rule rule, CelMap root, RuleScope scope, List<Finding> findings, Value? it, SourceSpan? itSpan)
    {
        if (rule.When is not null)
        {
            var when = rule.When.Evaluate(scope);
            if (when.IsError)
            {
                findings.Add(Broken(rule, root, it, when.AsError, itSpan));
                return;
            }
            if (!when.IsTrue)
            {
                return;
            }
        }
        var result = rule.Assert.Evaluate(scope);
        if (result.IsTrue)
        {
            return;
        }
        if (result.IsError)
        {
            findings.Add(Broken(rule, root, it, result.AsError, itSpan));
            return;
        }
        findings.Add(new Finding(rule.Id, rule.Title, rule.Severity, rule.Message.Render(scope), Locate(rule.At, root, it, itSpan), rule.Area, rule.Lesson, rule.Cite, rule.Help, ElementId(it), Docs: rule.Docs));
    }

    private static Finding Broken(Rule rule, CelMap root, Value? it, CelError error, SourceSpan? itSpan = null) =>
        new(rule.Id, rule.Title, rule.Severity, $"the rule could not be checked: {error.Message}", Locate(rule.At, root, it, itSpan), rule.Area, rule.Lesson, rule.Cite,
            "The project lacks something the rule reads, or the rule has a mistake; `designer rules show " + rule.Id + "` explains what it checks.", ElementId(it), Docs: rule.Docs, CouldNotCheck: true);

    private static string? ElementId(Value? it) =>
        it is { Kind: ValueKind.Map } m && m.AsMap.TryGet("id", out var id) && id.Kind == ValueKind.String ? id.AsString : null;

    /// <summary>
    /// The span a finding points at: the node the <c>at</c> path names, or the nearest node on the way that
    /// exists (a missing key points at its parent), or the element, or the top of the file.
    /// </summary>
    internal static SourceSpan Locate(string? at, CelMap root, Value? it, SourceSpan? itSpan)
    {
        // The whole file is no place to point at: a finding about a missing section points at the file's first key.
        var rootSpan = root.Span is { } whole ? whole.AtStart() : SourceSpan.StartOf("");
        SourceSpan? best = it is { Kind: ValueKind.Map } m0 ? m0.AsMap.Span ?? itSpan : itSpan;
        if (string.IsNullOrWhiteSpace(at))
        {
            return best ?? rootSpan;
        }
        var segments = at.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Value current;
        SourceSpan? span;
        var index = 0;
        if (segments[0] == "it")
        {
            if (it is null)
            {
                return rootSpan;
            }
            current = it.Value;
            span = best;
            index = 1;
        }
        else
        {
            current = Value.Map(root);
            span = rootSpan;
        }
        for (; index < segments.Length; index++)
        {
            if (current.Kind != ValueKind.Map)
            {
                break;
            }
            var entry = current.AsMap.EntryFor(segments[index]);
            if (entry is null)
            {
                break;
            }
            current = entry.Value.Value;
            // A collection is shown by its key (`indicators:`), a scalar by its value.
            span = (current.Kind is ValueKind.Map or ValueKind.List ? entry.Value.KeySpan : entry.Value.ValueSpan)
                ?? entry.Value.ValueSpan ?? entry.Value.KeySpan ?? span;
        }
        return span ?? rootSpan;
    }

    private static List<Finding> ApplySuppressions(Project project, List<Finding> findings)
    {
        if (!project.Root.TryGet("suppress", out var suppress) || suppress.Kind != ValueKind.List)
        {
            return findings;
        }
        var list = suppress.AsList;
        var extra = new List<Finding>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Kind != ValueKind.Map)
            {
                continue;
            }
            var s = list[i].AsMap;
            var span = s.Span ?? list.ItemSpan(i) ?? SourceSpan.StartOf(project.Path);
            var ruleId = s.TryGet("rule", out var r) && r.Kind == ValueKind.String ? r.AsString : "";
            var element = s.TryGet("element", out var e) && e.Kind == ValueKind.String ? e.AsString : null;
            var reason = s.TryGet("reason", out var why) && why.Kind == ValueKind.String ? why.AsString.Trim() : "";
            if (reason.Length == 0)
            {
                extra.Add(new Finding(SuppressionWithoutReason, "Suppressions state their reason", Severity.Error,
                    $"the suppression of {ruleId} gives no reason", span, "review",
                    "A reviewed exception is only credible with its reason; the review report shows it to the board.", "—",
                    "Add `reason:` saying why the rule does not apply to this project."));
                continue;
            }
            var used = false;
            for (var k = 0; k < findings.Count; k++)
            {
                var f = findings[k];
                if (f.RuleId == ruleId && !f.Suppressed && (element is null || element == f.Element))
                {
                    findings[k] = f with { SuppressedBecause = reason };
                    used = true;
                }
            }
            if (!used)
            {
                extra.Add(new Finding(UnusedSuppression, "Suppressions suppress something", Severity.Warning,
                    element is null ? $"the suppression of {ruleId} matches no finding" : $"the suppression of {ruleId} for `{element}` matches no finding",
                    span, "review", "A stale exception hides nothing today but would hide a real finding tomorrow.", "—",
                    "Remove the suppression, or correct its rule id or element."));
            }
        }
        findings.AddRange(extra);
        return findings;
    }
}
