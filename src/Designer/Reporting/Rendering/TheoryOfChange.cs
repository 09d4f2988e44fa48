using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The theory of change as one paragraph, walked along the model's links — activities deliver outputs, outputs
/// serve outcomes, outcomes lead to the impact — component by component, naming each element by its title or
/// statement, never its id. A link the design leaves out is said in words, not skipped. The words come from the
/// label dictionary of the document's language (<c>toc.*</c>).
/// </summary>
internal static class TheoryOfChange
{
    public static string Describe(ScriptObject root, Labels? labels = null)
    {
        var l = labels ?? Labels.English;
        var sentences = new List<string>();
        foreach (var component in ((ScriptArray)root["components"]!).OfType<ScriptObject>())
        {
            var activities = (component["activities"] as ScriptArray ?? []).OfType<ScriptObject>().ToList();
            var outputs = (component["outputs"] as ScriptArray ?? []).OfType<ScriptObject>().ToList();
            var title = component["title"] as string ?? component["id"] as string ?? l.Text("toc.a-component");
            var loose = activities.Where(a => a["output"] is not string id || !outputs.Any(o => o["id"] as string == id))
                .Select(a => Quote(a["title"] as string ?? l.Text("toc.an-activity"))).ToList();
            var unlinked = loose.Count == 0 ? "" : l.Plural("toc.unlinked", loose.Count, [new("activities", Join(loose, l))]);
            if (outputs.Count == 0)
            {
                sentences.Add(l.Text("toc.no-output", ("component", Quote(title)), ("unlinked", unlinked)));
                continue;
            }
            List<string> OutcomesOf(ScriptObject output) => (output["links"] is ScriptObject links ? links["outcomes"] as ScriptArray ?? [] : [])
                .OfType<ScriptObject>().Select(o => Quote(o["statement"] as string ?? l.Text("toc.an-outcome"))).ToList();
            string Serves(string key, List<string> outcomes, string delivers = "") => outcomes.Count == 0
                ? l.Text(key + "-none", ("delivers", delivers))
                : l.Text(key, ("delivers", delivers), ("outcomes", Join(outcomes, l)));
            // Where every output of the component serves the same outcomes, they are named once, after the outputs.
            var shared = outputs.Select(o => string.Join("|", OutcomesOf(o))).Distinct(StringComparer.Ordinal).Count() == 1;
            var clauses = outputs.Select(output =>
            {
                var doers = activities.Where(a => a["output"] is string id && id == output["id"] as string)
                    .Select(a => Quote(a["title"] as string ?? l.Text("toc.an-activity"))).ToList();
                var statement = Quote(output["statement"] as string ?? "");
                var delivers = doers.Count == 0
                    ? l.Text("toc.no-activity", ("output", statement))
                    : l.Plural("toc.delivers", doers.Count, [new("activities", Join(doers, l)), new("output", statement)]);
                return shared ? delivers : Serves("toc.serves", OutcomesOf(output), delivers);
            }).ToList();
            var tail = !shared ? "" : clauses.Count == 1 ? Serves("toc.tail-one", OutcomesOf(outputs[0])) : Serves("toc.tail-many", OutcomesOf(outputs[0]));
            sentences.Add(l.Text("toc.under", ("component", Quote(title)), ("clauses", string.Join("; ", clauses)), ("tail", tail), ("unlinked", unlinked)));
        }
        var goals = (ScriptObject)root["goals"]!;
        var impact = goals["impact"] is ScriptObject i ? i["statement"] as string : null;
        var hasOutcomes = (goals["outcomes"] as ScriptArray ?? []).Count > 0;
        sentences.Add(impact is { Length: > 0 }
            ? hasOutcomes ? l.Text("toc.lead-to-goal", ("impact", Quote(impact))) : l.Text("toc.no-outcome-before-goal", ("impact", Quote(impact)))
            : l.Text("toc.no-goal"));
        return string.Join(" ", sentences);
    }

    private static string Quote(string text) => $"“{text.Trim().TrimEnd('.')}”";

    private static string Join(IReadOnlyList<string> items, Labels labels) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => labels.Text("list.and", ("items", string.Join(", ", items.Take(items.Count - 1))), ("last", items[^1])),
    };
}
