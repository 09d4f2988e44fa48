using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The theory of change as one paragraph, walked along the model's links — activities deliver outputs, outputs
/// serve outcomes, outcomes lead to the impact — component by component, naming each element by its title or
/// statement, never its id. A link the design leaves out is said in words, not skipped. Within a component, outputs
/// that serve the same outcomes are told together and the outcomes named once after them. Each title is introduced
/// by its noun ("the activity “…”"), so the verb agrees with the noun in languages where a title's own gender or
/// number would otherwise decide it. The words come from the label dictionary of the document's language (<c>toc.*</c>).
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
            string Delivers(ScriptObject output)
            {
                var doers = activities.Where(a => a["output"] is string id && id == output["id"] as string)
                    .Select(a => Quote(a["title"] as string ?? l.Text("toc.an-activity"))).ToList();
                var statement = Quote(output["statement"] as string ?? "");
                return doers.Count == 0
                    ? l.Text("toc.no-activity", ("output", statement))
                    : l.Plural("toc.delivers", doers.Count, [new("activities", Join(doers, l)), new("output", statement)]);
            }
            // Outputs that serve the same outcomes are told together, in the order the first of them comes, and the
            // outcomes named once after them: one output "…, which serves", several "…; these outputs serve".
            var groups = outputs.GroupBy(o => string.Join("|", OutcomesOf(o)), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            var clauses = groups.Select(g => g.Count == 1
                ? Serves("toc.serves", OutcomesOf(g[0]), Delivers(g[0]))
                : string.Join("; ", g.Select(Delivers)) + Serves("toc.tail-many", OutcomesOf(g[0])));
            sentences.Add(l.Text("toc.under", ("component", Quote(title)), ("clauses", string.Join("; ", clauses)), ("unlinked", unlinked)));
        }
        var goals = (ScriptObject)root["goals"]!;
        var impact = goals["impact"] is ScriptObject i ? i["statement"] as string : null;
        var outcomeCount = (goals["outcomes"] as ScriptArray ?? []).Count;
        sentences.Add(impact is { Length: > 0 }
            ? outcomeCount > 0 ? l.Plural("toc.lead-to-goal", outcomeCount, [new("impact", Quote(impact))]) : l.Text("toc.no-outcome-before-goal", ("impact", Quote(impact)))
            : l.Text("toc.no-goal"));
        return string.Join(" ", sentences);
    }

    private static string Quote(string text) => $"“{text.Trim().TrimEnd('.')}”";

    private static string Join(IReadOnlyList<string> items, Labels labels) => ProseList.Join(items, labels);
}
