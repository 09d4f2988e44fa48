using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The theory of change as one paragraph, walked along the model's links — activities deliver outputs, outputs
/// serve outcomes, outcomes lead to the impact — component by component, naming each element by its title or
/// statement, never its id. A link the design leaves out is said in words, not skipped.
/// </summary>
internal static class TheoryOfChange
{
    public static string Describe(ScriptObject root)
    {
        var sentences = new List<string>();
        foreach (var component in ((ScriptArray)root["components"]!).OfType<ScriptObject>())
        {
            var activities = (component["activities"] as ScriptArray ?? []).OfType<ScriptObject>().ToList();
            var outputs = (component["outputs"] as ScriptArray ?? []).OfType<ScriptObject>().ToList();
            var title = component["title"] as string ?? component["id"] as string ?? "a component";
            var loose = activities.Where(a => a["output"] is not string id || !outputs.Any(o => o["id"] as string == id))
                .Select(a => Quote(a["title"] as string ?? "an activity")).ToList();
            var unlinked = loose.Count switch
            {
                0 => "",
                1 => $"; {loose[0]} is tied to no output",
                _ => $"; {Join(loose)} are tied to no output",
            };
            if (outputs.Count == 0)
            {
                sentences.Add($"Under {Quote(title)}, no output is stated{unlinked}.");
                continue;
            }
            List<string> OutcomesOf(ScriptObject output) => (output["links"] is ScriptObject links ? links["outcomes"] as ScriptArray ?? [] : [])
                .OfType<ScriptObject>().Select(o => Quote(o["statement"] as string ?? "an outcome")).ToList();
            string Serves(List<string> outcomes) => outcomes.Count == 0 ? "no outcome" : Join(outcomes);
            // Where every output of the component serves the same outcomes, they are named once, after the outputs.
            var shared = outputs.Select(o => string.Join("|", OutcomesOf(o))).Distinct(StringComparer.Ordinal).Count() == 1;
            var clauses = outputs.Select(output =>
            {
                var doers = activities.Where(a => a["output"] is string id && id == output["id"] as string)
                    .Select(a => Quote(a["title"] as string ?? "an activity")).ToList();
                var delivers = doers.Count switch
                {
                    0 => $"no activity is tied to the output {Quote(output["statement"] as string ?? "")}",
                    1 => $"{doers[0]} delivers {Quote(output["statement"] as string ?? "")}",
                    _ => $"{Join(doers)} deliver {Quote(output["statement"] as string ?? "")}",
                };
                return shared ? delivers : $"{delivers}, which serves {Serves(OutcomesOf(output))}";
            }).ToList();
            var tail = !shared ? "" : clauses.Count == 1 ? $", which serves {Serves(OutcomesOf(outputs[0]))}" : $"; these outputs serve {Serves(OutcomesOf(outputs[0]))}";
            sentences.Add($"Under {Quote(title)}, {string.Join("; ", clauses)}{tail}{unlinked}.");
        }
        var goals = (ScriptObject)root["goals"]!;
        var impact = goals["impact"] is ScriptObject i ? i["statement"] as string : null;
        var hasOutcomes = (goals["outcomes"] as ScriptArray ?? []).Count > 0;
        sentences.Add(impact is { Length: > 0 }
            ? hasOutcomes ? $"These outcomes lead to the long-run goal: {Quote(impact)}." : $"No outcome is stated between the outputs and the long-run goal, {Quote(impact)}."
            : "The design states no long-run goal for the outcomes to lead to.");
        return string.Join(" ", sentences);
    }

    private static string Quote(string text) => $"“{text.Trim().TrimEnd('.')}”";

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
