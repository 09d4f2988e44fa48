namespace Designer.Rules;

/// <summary>The outcome of a rule's self-tests: each failing case with what went wrong.</summary>
public sealed record RuleTestResult(Rule Rule, int Passed, IReadOnlyList<string> Failures)
{
    public bool Ok => Failures.Count == 0;
}
