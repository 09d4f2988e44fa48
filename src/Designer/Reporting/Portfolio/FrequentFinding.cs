namespace Designer.Reporting.Portfolio;

/// <summary>A rule and the number of proposals in which it found something.</summary>
public sealed record FrequentFinding(string RuleId, string Title, string Severity, int Projects);
