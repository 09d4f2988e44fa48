using Designer.Rules;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// What the board brief shows beyond the project's own fields: a summary (the designers' or one generated from
/// the diagnosis and goals), the theory of change in words, the budget by source and by year, the risk matrix and
/// the weakest evaluability dimensions. Built from the render model, so every text is already escaped for Markdown.
/// </summary>
internal static class BriefModel
{
    public static ScriptObject Build(ScriptObject root, EvaluabilityScore? evaluability, IReadOnlyList<Finding> findings, Labels? labels = null)
    {
        var project = (ScriptObject)root["project"]!;
        var written = project["summary"] as string;
        var brief = new ScriptObject
        {
            ["summary"] = string.IsNullOrWhiteSpace(written) ? BriefSummary.Generate(root, labels) : written,
            ["summary_generated"] = string.IsNullOrWhiteSpace(written),
            ["theory_of_change"] = TheoryOfChange.Describe(root, labels),
            ["budget_by_source"] = BudgetTables.BySource(root, labels),
            ["budget_by_year"] = BudgetTables.ByYear(root, labels),
            ["risk_matrix"] = RiskMatrix.Build(root, labels),
            ["weakest"] = Weakest(evaluability, findings),
        };
        return brief;
    }

    /// <summary>
    /// The dimensions that lost the largest share of their points (at most three, none at full marks), each with
    /// the rules that cost them points by title, most points first.
    /// </summary>
    private static ScriptArray Weakest(EvaluabilityScore? score, IReadOnlyList<Finding> findings)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in findings.Where(f => !f.Suppressed))
        {
            titles.TryAdd(f.RuleId, f.Title);
        }
        var weakest = new ScriptArray();
        if (score is null)
        {
            return weakest;
        }
        foreach (var d in score.Dimensions
            .Where(d => d.Max > 0 && d.Score < d.Max)
            .OrderBy(d => (double)d.Score / d.Max)
            .ThenByDescending(d => d.Max)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Take(3))
        {
            weakest.Add(new ScriptObject
            {
                ["title"] = MarkdownText.Escape(d.Title),
                ["score"] = d.Score,
                ["max"] = d.Max,
                ["costs"] = new ScriptArray(d.Lost
                    .OrderByDescending(l => l.Points)
                    .ThenBy(l => l.Rule, StringComparer.Ordinal)
                    .Select(l => new ScriptObject
                    {
                        ["title"] = MarkdownText.EscapeProse(titles.TryGetValue(l.Rule, out var t) ? t : l.Rule),
                        ["points"] = l.Points,
                    })),
            });
        }
        return weakest;
    }
}
