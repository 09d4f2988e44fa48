using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The brief's budget tables: component × source (MIF, counterpart, other, as the components' financing says) and
/// component × year, each with totals and shares. What a component leaves unassigned goes to one column of its own
/// ("Source not stated", "Year not stated"), so no cell is left empty and the rows still add up.
/// </summary>
internal static class BudgetTables
{
    private static readonly (string Key, string Name)[] Sources = [("mif", "MIF"), ("counterpart", "Counterpart"), ("other", "Other")];

    public static ScriptObject BySource(ScriptObject root)
    {
        var components = Components(root);
        var amounts = components.Select(c => Sources.ToDictionary(s => s.Key, s => Amounts(c, "sources", "source").GetValueOrDefault(s.Key))).ToList();
        var columns = Sources.Where(s => amounts.Any(a => a[s.Key] != 0)).Select(s => (s.Key, s.Name)).ToList();
        return Table(components, columns, amounts, "Source not stated");
    }

    public static ScriptObject ByYear(ScriptObject root)
    {
        var components = Components(root);
        var byYear = components.Select(c => Amounts(c, "years", "year")).ToList();
        var columns = byYear.SelectMany(a => a.Keys).Distinct().Order(StringComparer.Ordinal).Select(y => (Key: y, Name: y)).ToList();
        var amounts = byYear.Select(a => columns.ToDictionary(c => c.Key, c => a.GetValueOrDefault(c.Key))).ToList();
        return Table(components, columns, amounts, "Year not stated");
    }

    private static List<ScriptObject> Components(ScriptObject root) => ((ScriptArray)root["components"]!).OfType<ScriptObject>().ToList();

    /// <summary>A component's <c>links.sources</c> or <c>links.years</c> as key → amount.</summary>
    private static Dictionary<string, double> Amounts(ScriptObject component, string link, string key)
    {
        var amounts = new Dictionary<string, double>(StringComparer.Ordinal);
        var items = component["links"] is ScriptObject links ? links[link] as ScriptArray ?? [] : [];
        foreach (var item in items.OfType<ScriptObject>())
        {
            var name = Convert.ToString(item[key], System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(name))
            {
                amounts[name] = amounts.GetValueOrDefault(name) + Number(item["amount"]);
            }
        }
        return amounts;
    }

    private static ScriptObject Table(List<ScriptObject> components, List<(string Key, string Name)> columns, List<Dictionary<string, double>> amounts, string restName)
    {
        var budgets = components.Select(c => Number(c["budget"])).ToList();
        var rests = components.Select((c, i) => Math.Max(0, budgets[i] - columns.Sum(col => amounts[i][col.Key]))).ToList();
        var withRest = rests.Any(r => r > 0.5);
        var names = columns.Select(c => c.Name).ToList();
        if (withRest)
        {
            names.Add(restName);
        }
        var total = budgets.Sum();
        var rows = new ScriptArray();
        for (var i = 0; i < components.Count; i++)
        {
            var cells = columns.Select(col => amounts[i][col.Key]).ToList();
            if (withRest)
            {
                cells.Add(rests[i]);
            }
            rows.Add(new ScriptObject
            {
                ["label"] = $"{components[i]["id"]} {components[i]["title"]}".Trim(),
                ["cells"] = new ScriptArray(cells.Select(c => (object)c)),
                ["total"] = budgets[i],
                ["share"] = total > 0 ? budgets[i] / total : null,
            });
        }
        var sums = Enumerable.Range(0, names.Count).Select(j => rows.OfType<ScriptObject>().Sum(r => (double)((ScriptArray)r["cells"]!)[j]!)).ToList();
        return new ScriptObject
        {
            ["columns"] = new ScriptArray(names),
            ["rows"] = rows,
            ["totals"] = new ScriptArray(sums.Select(s => (object)s)),
            ["shares"] = new ScriptArray(sums.Select(s => (object?)(total > 0 ? s / total : null))),
            ["total"] = total,
            ["stated"] = columns.Count > 0,
        };
    }

    private static double Number(object? o) => o switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) => d,
        _ => 0,
    };
}
