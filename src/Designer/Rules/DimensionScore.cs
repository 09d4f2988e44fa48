namespace Designer.Rules;

/// <summary>A dimension's score out of its maximum, and the rules whose findings cost the points it lost.</summary>
public sealed record DimensionScore(string Id, string Title, int Score, int Max, IReadOnlyList<LostPoints> Lost);
