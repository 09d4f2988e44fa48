using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The risks placed by name on a probability × impact grid (rows high to low probability, columns low to high
/// impact), and the risks that state no probability or impact listed once, with their overall level where given.
/// </summary>
internal static class RiskMatrix
{
    private static readonly string[] Levels = ["low", "medium", "high"];

    private static readonly string[] LevelsDown = ["high", "medium", "low"];

    public static ScriptObject Build(ScriptObject root)
    {
        var risks = (root["risks"] as ScriptArray ?? []).OfType<ScriptObject>().ToList();
        bool Placed(ScriptObject r) => Levels.Contains(r["probability"] as string) && Levels.Contains(r["impact"] as string);
        var rows = new ScriptArray(LevelsDown.Select(p => new ScriptObject
        {
            ["probability"] = Capital(p),
            ["cells"] = new ScriptArray(Levels.Select(i =>
            {
                var here = risks.Where(r => Placed(r) && r["probability"] as string == p && r["impact"] as string == i)
                    .Select(r => Name(r)).ToList();
                return (object)(here.Count == 0 ? "—" : string.Join("; ", here));
            })),
        }));
        var unplaced = risks.Where(r => !Placed(r)).Select(r =>
        {
            var level = r["level"] as string;
            return level is null ? Name(r) : $"{Name(r)} (overall level {level})";
        }).ToList();
        return new ScriptObject
        {
            ["rows"] = rows,
            ["impacts"] = new ScriptArray(Levels.Select(Capital)),
            ["placed"] = risks.Count(Placed),
            ["unplaced"] = new ScriptArray(unplaced),
            ["count"] = risks.Count,
        };
    }

    private static string Name(ScriptObject risk) => (risk["statement"] as string ?? risk["id"] as string ?? "a risk").Trim().TrimEnd('.');

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
