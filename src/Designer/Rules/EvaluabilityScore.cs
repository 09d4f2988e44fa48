namespace Designer.Rules;

/// <summary>A project's evaluability pre-score: 0–100, the sum of its dimensions' scores.</summary>
public sealed record EvaluabilityScore(int Score, int Version, IReadOnlyList<DimensionScore> Dimensions)
{
    /// <summary>One line for a terminal: the total, then each dimension that lost points.</summary>
    public string Summary()
    {
        var lost = Dimensions.Where(d => d.Score < d.Max).Select(d => $"{d.Id} {d.Score}/{d.Max}").ToList();
        return $"evaluability {Score}/100" + (lost.Count == 0 ? "" : " (" + string.Join(", ", lost) + ")");
    }
}
