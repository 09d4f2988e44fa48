using Designer.Expressions.Runtime;

namespace Designer.Benchmarks;

/// <summary>
/// The data every engine sees: a project with 20 indicators, 2 sectors and 3 governance bodies, as Designer
/// values (maps and lists), as dictionaries for NCalc, and as typed objects for DynamicExpresso.
/// </summary>
public static class BenchData
{
    public sealed record TypedBudget(long Mif, long Counterpart);
    public sealed record TypedSector(string Id, long Firms);
    public sealed record TypedIndicator(string Id, string Horizon, double Baseline, double Target);
    public sealed record TypedBody(string Id, List<string> Members);
    public sealed record TypedProject(TypedBudget Budget, List<TypedSector> Sectors, List<TypedIndicator> Indicators, List<TypedBody> Governance, string Title);

    public static readonly string[] Horizons = ["short", "medium", "long"];

    public static TypedProject Typed { get; } = new(
        new TypedBudget(1_250_000, 1_050_000),
        [new TypedSector("apparel", 1350), new TypedSector("textiles", 400)],
        Enumerable.Range(0, 20).Select(i => new TypedIndicator($"i{i}", Horizons[i % 3], 100 + i, 150 + i)).ToList(),
        [
            new TypedBody("technical", ["private", "knowledge"]),
            new TypedBody("advisory", ["public", "civil-society"]),
            new TypedBody("council", ["public", "private", "knowledge"]),
        ],
        "Territorial competitiveness of SME apparel firms");

    public static Dictionary<string, object?> AsDictionary(TypedProject p) => new()
    {
        ["budget"] = new Dictionary<string, object?> { ["mif"] = p.Budget.Mif, ["counterpart"] = p.Budget.Counterpart },
        ["sectors"] = p.Sectors.Select(s => (object?)new Dictionary<string, object?> { ["id"] = s.Id, ["firms"] = s.Firms }).ToList(),
        ["indicators"] = p.Indicators.Select(i => (object?)new Dictionary<string, object?> { ["id"] = i.Id, ["horizon"] = i.Horizon, ["baseline"] = i.Baseline, ["target"] = i.Target }).ToList(),
        ["governance"] = p.Governance.Select(b => (object?)new Dictionary<string, object?> { ["id"] = b.Id, ["members"] = b.Members.Cast<object?>().ToList() }).ToList(),
        ["title"] = p.Title,
    };

    public static MapScope DesignerScope { get; } = new(Value.From(AsDictionary(Typed)).AsMap);

    /// <summary>The six expressions, written for each engine as its users would write them.</summary>
    public static readonly IReadOnlyDictionary<string, (string Designer, string NCalc, string DynamicExpresso)> Expressions =
        new Dictionary<string, (string, string, string)>
        {
            ["E1"] = ("budget.mif / (budget.mif + budget.counterpart) <= 0.6",
                      "[mif] / ([mif] + [counterpart]) <= 0.6",
                      "(double)p.Budget.Mif / (p.Budget.Mif + p.Budget.Counterpart) <= 0.6"),
            ["E2"] = ("size(sectors) >= 1 && size(sectors) <= 2",
                      "count([sectors]) >= 1 && count([sectors]) <= 2",
                      "p.Sectors.Count >= 1 && p.Sectors.Count <= 2"),
            ["E3"] = ("indicators.all(i, i.target > i.baseline)",
                      "all([indicators], '[target] > [baseline]')",
                      "p.Indicators.All(i => i.Target > i.Baseline)"),
            ["E4"] = ("governance.exists(b, 'public' in b.members && 'private' in b.members && 'knowledge' in b.members)",
                      "any([governance], 'in(\\'public\\', [members]) && in(\\'private\\', [members]) && in(\\'knowledge\\', [members])')",
                      "p.Governance.Any(b => b.Members.Contains(\"public\") && b.Members.Contains(\"private\") && b.Members.Contains(\"knowledge\"))"),
            ["E5"] = ("indicators.filter(i, i.horizon == 'long').size() >= 1",
                      "count(filter([indicators], '[horizon] == \\'long\\'')) >= 1",
                      "p.Indicators.Where(i => i.Horizon == \"long\").Count() >= 1"),
            ["E6"] = ("title.startsWith('Territorial') && title.contains('SME')",
                      "startsWith([title], 'Territorial') && contains([title], 'SME')",
                      "p.Title.StartsWith(\"Territorial\") && p.Title.Contains(\"SME\")"),
        };
}
