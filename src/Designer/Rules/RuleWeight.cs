namespace Designer.Rules;

/// <summary>Which evaluability dimension a rule bears on, and how many points each of its findings costs there.</summary>
public sealed record RuleWeight(string Dimension, int Points);
