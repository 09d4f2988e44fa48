namespace Designer.Rules;

/// <summary>One dimension of the evaluability score, as a pack declares it: its id, a title, and its most points.</summary>
public sealed record EvaluabilityDimension(string Id, string Title, int Max);
