using Designer.Expressions.Runtime;
using Designer.Projects;

namespace Designer.Rules;

/// <summary>Runs a rule's own <c>pass</c> and <c>fail</c> cases; a rule without both kinds of case fails.</summary>
public static class RuleTester
{
    public static RuleTestResult Test(Rule rule)
    {
        var failures = new List<string>();
        var passed = 0;
        if (rule.PassCases.Count == 0)
        {
            failures.Add("has no `pass` test case");
        }
        if (rule.FailCases.Count == 0)
        {
            failures.Add("has no `fail` test case");
        }
        foreach (var c in rule.PassCases)
        {
            var findings = Run(rule, c);
            if (findings.Count == 0)
            {
                passed++;
            }
            else
            {
                failures.Add($"pass case at line {c.Span.Line} gave a finding: {findings[0].Message}");
            }
        }
        foreach (var c in rule.FailCases)
        {
            var findings = Run(rule, c);
            if (findings.Count > 0 && findings.All(f => !f.CouldNotCheck))
            {
                passed++;
            }
            else if (findings.Count > 0)
            {
                failures.Add($"fail case at line {c.Span.Line} did not evaluate: {findings[0].Message}");
            }
            else
            {
                failures.Add($"fail case at line {c.Span.Line} gave no finding");
            }
        }
        return new RuleTestResult(rule, passed, failures);
    }

    private static List<Finding> Run(Rule rule, RuleTestCase c)
    {
        var root = c.Snippet.Kind == ValueKind.Map ? c.Snippet.AsMap : CelMap.Empty;
        var findings = new List<Finding>();
        Checker.Run(rule, root, new ProjectScope(root), findings);
        return findings;
    }
}
