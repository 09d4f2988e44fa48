using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// A summary for a project that writes none, built from its diagnosis and goals so the brief never opens on a gap.
/// The brief says under it that it was generated, so a board does not read it as the designers' own words. The words come from the label dictionary of the
/// document's language (<c>summary.*</c>).
/// </summary>
internal static class BriefSummary
{
    public static string Generate(ScriptObject root, Labels? labels = null)
    {
        var l = labels ?? Labels.English;
        var sentences = new List<string>();
        var territory = root["territory"] as ScriptObject;
        var diagnosis = root["diagnosis"] as ScriptObject;
        if (diagnosis?["problem"] is string { Length: > 0 } problem)
        {
            sentences.Add(territory?["name"] is string { Length: > 0 } place
                ? l.Text("summary.problem-in", ("place", place), ("problem", Sentence(problem)))
                : l.Text("summary.problem", ("problem", Sentence(problem))));
        }
        var evidence = (diagnosis?["evidence"] as ScriptArray ?? []).OfType<ScriptObject>().FirstOrDefault();
        if (evidence?["finding"] is string { Length: > 0 } finding)
        {
            var source = evidence["source"] as string;
            var year = evidence["year"] is long y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            var cited = string.Join(", ", new[] { source, year }.Where(s => !string.IsNullOrEmpty(s)));
            sentences.Add(cited.Length > 0 ? l.Text("summary.evidence-cited", ("finding", finding), ("cited", cited)) : l.Text("summary.evidence", ("finding", finding)));
        }
        var goals = root["goals"] as ScriptObject;
        if (goals?["impact"] is ScriptObject impact && impact["statement"] is string { Length: > 0 } goal)
        {
            sentences.Add(l.Text("summary.goal", ("goal", Sentence(goal))));
        }
        var outcomes = (goals?["outcomes"] as ScriptArray ?? []).OfType<ScriptObject>()
            .Select(o => o["statement"] as string).Where(s => !string.IsNullOrEmpty(s)).Cast<string>().ToList();
        if (outcomes.Count > 0)
        {
            sentences.Add(l.Text("summary.outcomes", ("outcomes", string.Join("; ", outcomes.Select(o => o.TrimEnd('.'))))));
        }
        return sentences.Count == 0
            ? l.Text("summary.none")
            : string.Join(" ", sentences);
    }

    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') ? t : t + ".";
    }
}
