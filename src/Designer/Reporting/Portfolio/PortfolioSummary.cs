using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Rules;

namespace Designer.Reporting.Portfolio;

/// <summary>
/// Everything in a folder of proposals at a glance: a row per proposal, budget totals by country and by sector, and
/// the rules whose findings come back most often. A proposal's budget is split evenly among its sectors for the sector
/// totals; amounts are added as written, so a portfolio should use one currency (the currency column shows each).
/// </summary>
public sealed record PortfolioSummary(
    IReadOnlyList<PortfolioRow> Rows,
    IReadOnlyList<(string Country, int Projects, double Budget, double Mif)> ByCountry,
    IReadOnlyList<(string Sector, int Projects, double Budget)> BySector,
    IReadOnlyList<FrequentFinding> FrequentFindings)
{
    /// <summary>Readiness, from the worst thing found: structural errors, errors, warnings, or nothing in the way.</summary>
    public const string NotChecked = "not checked", Blocked = "blocked", Revise = "revise", Ready = "ready";

    /// <param name="reports">The checked proposals, in the order to list them.</param>
    /// <param name="documents">For each report (same order), the relative link to its rendered documents, or null.</param>
    /// <param name="top">How many of the most frequent findings to list.</param>
    /// <param name="ruleTitle">
    /// A rule's title in the portfolio's language, by rule id (null for a rule it does not know): proposals checked
    /// each in its own language would otherwise name one rule in several. Without it, the first finding's title.
    /// </param>
    public static PortfolioSummary Build(IReadOnlyList<FileReport> reports, IReadOnlyList<string?> documents, int top = 10, Func<string, string?>? ruleTitle = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(documents);
        var rows = reports.Select((r, i) => Row(r, documents[i])).ToList();
        var byCountry = rows.GroupBy(r => r.Country, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(r => r.Budget), g.Sum(r => r.Mif)))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var bySector = rows.SelectMany(r => r.Sectors.Select(s => (Sector: s, Share: r.Sectors.Count == 0 ? 0 : r.Budget / r.Sectors.Count)))
            .GroupBy(x => x.Sector, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(x => x.Share)))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var frequent = reports.SelectMany(r => r.Active.GroupBy(f => f.RuleId).Select(g => g.First()))
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new FrequentFinding(g.Key, ruleTitle?.Invoke(g.Key) ?? g.First().Title, g.Max(f => f.Severity).ToName(), g.Count()))
            .OrderByDescending(f => f.Projects).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .Take(top).ToList();
        return new PortfolioSummary(rows, byCountry, bySector, frequent);
    }

    private static PortfolioRow Row(FileReport report, string? documents)
    {
        var root = report.Project?.Root ?? CelMap.Empty;
        var project = Map(root, "project");
        var budget = Map(project, "budget");
        double total = 0, mif = 0;
        foreach (var e in budget.Entries)
        {
            if (e.Value.IsNumber)
            {
                total += e.Value.AsNumber;
                if (e.Key.Kind == ValueKind.String && e.Key.AsString == "mif")
                {
                    mif = e.Value.AsNumber;
                }
            }
        }
        var sectors = root.TryGet("sectors", out var s) && s.Kind == ValueKind.List
            ? s.AsList.Items.Where(x => x.Kind == ValueKind.Map).Select(x => Text(x.AsMap, "name") is { Length: > 0 } name ? name : Text(x.AsMap, "id")).Where(x => x.Length > 0).ToList()
            : [];
        var errors = report.Active.Count(f => f.Severity == Severity.Error) + report.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = report.Active.Count(f => f.Severity == Severity.Warning) + report.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = report.Active.Count(f => f.Severity == Severity.Info) + report.Diagnostics.Count(d => d.Severity == Severity.Info);
        var readiness = report.HasStructuralErrors ? NotChecked : errors > 0 ? Blocked : warnings > 0 ? Revise : Ready;
        return new PortfolioRow(
            CheckReport.DisplayPath(report.Path),
            report.Project?.Id ?? System.IO.Path.GetFileNameWithoutExtension(report.Path),
            Text(project, "title"),
            Text(project, "country"),
            Text(budget, "currency"),
            total,
            mif,
            sectors,
            errors,
            warnings,
            infos,
            report.Evaluability?.Score,
            Weakest(report.Evaluability),
            readiness,
            documents);
    }

    /// <summary>The dimension with the lowest share of its points (the first such in the model's order), or null when none lost any.</summary>
    public static string? Weakest(EvaluabilityScore? score) =>
        score?.Dimensions.Where(d => d.Max > 0 && d.Score < d.Max)
            .OrderBy(d => (double)d.Score / d.Max)
            .Select(d => d.Id)
            .FirstOrDefault();

    private static CelMap Map(CelMap map, string key) => map.TryGet(key, out var v) && v.Kind == ValueKind.Map ? v.AsMap : CelMap.Empty;

    private static string Text(CelMap map, string key) => map.TryGet(key, out var v) && v.Kind != ValueKind.Map && v.Kind != ValueKind.List ? ValueFormatter.ToDisplay(v) : "";
}
