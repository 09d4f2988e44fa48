namespace Designer.Rules;

/// <summary>What a code that is not a rule of a pack means, and how to fix what it reports.</summary>
public sealed record CodeExplanation(string Code, string Stage, string Title, string Meaning, string Fix, string? Example = null);
