namespace Designer.Rules;

/// <summary>Points of one dimension lost to the findings of one rule.</summary>
public sealed record LostPoints(string Rule, int Points);
