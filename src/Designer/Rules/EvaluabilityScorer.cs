namespace Designer.Rules;

/// <summary>
/// Scores evaluability from the findings: each active finding of a weighted rule costs its points in its rule's
/// dimension, down to zero. Suppressed findings cost nothing, since a reviewed exception is not a weakness.
/// Every lost point is traced to the rule that lost it, so the points lost in a dimension add up to its maximum
/// minus its score.
/// </summary>
public static class EvaluabilityScorer
{
    public static EvaluabilityScore Score(EvaluabilityModel model, IEnumerable<Finding> findings, IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weights = new Dictionary<string, RuleWeight>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule.Weight is not null)
            {
                weights.TryAdd(rule.Id, rule.Weight);
            }
        }
        // Per dimension, the points each rule's findings cost, rules in id order so the trace is deterministic.
        var costs = new Dictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (f.Suppressed || !weights.TryGetValue(f.RuleId, out var w) || w.Points <= 0)
            {
                continue;
            }
            if (!costs.TryGetValue(w.Dimension, out var byRule))
            {
                costs[w.Dimension] = byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }
            byRule[f.RuleId] = byRule.GetValueOrDefault(f.RuleId) + w.Points;
        }
        var dimensions = new List<DimensionScore>();
        foreach (var d in model.Dimensions)
        {
            var remaining = d.Max;
            var lost = new List<LostPoints>();
            if (costs.TryGetValue(d.Id, out var byRule))
            {
                foreach (var (rule, points) in byRule)
                {
                    var taken = Math.Min(points, remaining);
                    if (taken <= 0)
                    {
                        break;
                    }
                    lost.Add(new LostPoints(rule, taken));
                    remaining -= taken;
                }
            }
            dimensions.Add(new DimensionScore(d.Id, d.Title, remaining, d.Max, lost));
        }
        return new EvaluabilityScore(dimensions.Sum(d => d.Score), model.Version, dimensions);
    }
}
