using System.Globalization;
using System.Security;
using System.Text;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The pictures of the documents, drawn by Designer: a governance diagram, a budget bar chart and a results chain.
/// Each comes as inline SVG (for HTML: no script, no network) and as a Mermaid block (for Markdown).
/// </summary>
internal static class Diagrams
{
    private static readonly Dictionary<string, string> SectorColours = new(StringComparer.Ordinal)
    {
        ["public"] = "#2f6db5",
        ["private"] = "#d9822b",
        ["knowledge"] = "#2e8b57",
        ["civil-society"] = "#8e44ad",
        ["international"] = "#7f8c8d",
    };

    public static ScriptObject Build(Project project)
    {
        var root = project.Root;
        return new ScriptObject
        {
            ["governance"] = Pair("governance", GovernanceSvg(root), GovernanceMermaid(root)),
            ["budget"] = Pair("budget", BudgetSvg(root), BudgetMermaid(root)),
            ["results_chain"] = Pair("results_chain", ResultsSvg(root), ResultsMermaid(root)),
        };
    }

    private static ScriptObject Pair(string id, string svg, string mermaid) => new()
    {
        ["id"] = id,
        ["svg"] = svg,
        // The first line names the diagram, so the HTML writer can put the SVG in its place.
        ["mermaid"] = $"%% designer:{id}\n{mermaid}",
    };

    internal static IReadOnlyDictionary<string, string> SvgById(ScriptObject diagrams) =>
        diagrams.ToDictionary(kv => kv.Key, kv => (string)((ScriptObject)kv.Value!)["svg"]!, StringComparer.Ordinal);

    private static IEnumerable<CelMap> Maps(CelMap root, string key) =>
        root.TryGet(key, out var v) && v.Kind == ValueKind.List ? v.AsList.Items.Where(i => i.Kind == ValueKind.Map).Select(i => i.AsMap) : [];

    private static string Text(CelMap map, string key) =>
        map.TryGet(key, out var v) ? (v.Kind == ValueKind.String ? v.AsString : ValueFormatter.ToDisplay(v)) : "";

    private static double Num(CelMap map, string key) =>
        map.TryGet(key, out var v) && v.IsNumber ? v.AsNumber : 0;

    private static string X(string s) => SecurityElement.Escape(s) ?? "";

    private static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string M(string s) => s.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static CelMap? Governance(CelMap root) =>
        root.TryGet("governance", out var g) && g.Kind == ValueKind.Map ? g.AsMap : null;

    private static string GovernanceSvg(CelMap root)
    {
        var actors = Maps(root, "actors").ToDictionary(a => Text(a, "id"), a => a, StringComparer.Ordinal);
        var bodies = Governance(root) is { } g ? Maps(g, "bodies").ToList() : [];
        const int boxWidth = 210, gap = 16, rowHeight = 22, header = 44;
        var perRow = 3;
        var rows = (bodies.Count + perRow - 1) / perRow;
        var maxMembers = bodies.Count == 0 ? 0 : bodies.Max(b => Members(b).Count);
        var boxHeight = header + (maxMembers * rowHeight) + 10;
        var width = (perRow * boxWidth) + ((perRow - 1) * gap);
        var height = Math.Max(60, (rows * (boxHeight + gap)) + 30);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"Governance bodies and their members\">");
        for (var i = 0; i < bodies.Count; i++)
        {
            var b = bodies[i];
            var x = (i % perRow) * (boxWidth + gap);
            var y = (i / perRow) * (boxHeight + gap);
            sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{boxWidth}\" height=\"{boxHeight}\" rx=\"8\" fill=\"#f7f7f4\" stroke=\"#555\"/>");
            sb.Append($"<text x=\"{x + 10}\" y=\"{y + 20}\" font-weight=\"bold\" font-size=\"12\">{X(Clip(Text(b, "name"), 28))}</text>");
            sb.Append($"<text x=\"{x + 10}\" y=\"{y + 36}\" font-size=\"11\" fill=\"#555\">{X(Text(b, "role"))}</text>");
            var row = 0;
            foreach (var m in Members(b))
            {
                var sector = actors.TryGetValue(m, out var a) ? Text(a, "sector") : "";
                var colour = SectorColours.GetValueOrDefault(sector, "#999");
                var name = actors.TryGetValue(m, out var actor) ? Text(actor, "name") : m;
                var ry = y + header + (row * rowHeight);
                sb.Append($"<rect x=\"{x + 10}\" y=\"{ry}\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{colour}\"/>");
                sb.Append($"<text x=\"{x + 28}\" y=\"{ry + 10}\" font-size=\"11\">{X(Clip(name, 31))}</text>");
                row++;
            }
        }
        var legendY = height - 12;
        var lx = 0;
        foreach (var (sector, colour) in SectorColours)
        {
            sb.Append($"<rect x=\"{lx}\" y=\"{legendY - 10}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>");
            sb.Append($"<text x=\"{lx + 14}\" y=\"{legendY}\" font-size=\"10\">{sector}</text>");
            lx += 100;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static List<string> Members(CelMap body) =>
        body.TryGet("members", out var m) && m.Kind == ValueKind.List ? m.AsList.Items.Where(v => v.Kind == ValueKind.String).Select(v => v.AsString).ToList() : [];

    private static string GovernanceMermaid(CelMap root)
    {
        var actors = Maps(root, "actors").ToList();
        var ids = actors.Select((a, i) => (Id: Text(a, "id"), Node: $"a{i + 1}")).ToDictionary(x => x.Id, x => x.Node, StringComparer.Ordinal);
        var sb = new StringBuilder("graph LR\n");
        foreach (var (a, i) in actors.Select((a, i) => (a, i)))
        {
            sb.Append($"  a{i + 1}[\"{M(Text(a, "name"))}\"]:::{Text(a, "sector").Replace("-", "_", StringComparison.Ordinal)}\n");
        }
        var bodies = Governance(root) is { } g ? Maps(g, "bodies").ToList() : [];
        foreach (var (b, i) in bodies.Select((b, i) => (b, i)))
        {
            sb.Append($"  b{i + 1}{{{{\"{M(Text(b, "name"))}\"}}}}\n");
            foreach (var m in Members(b))
            {
                if (ids.TryGetValue(m, out var node))
                {
                    sb.Append($"  {node} --> b{i + 1}\n");
                }
            }
        }
        foreach (var (sector, colour) in SectorColours)
        {
            sb.Append($"  classDef {sector.Replace("-", "_", StringComparison.Ordinal)} fill:{colour},color:#fff\n");
        }
        return sb.ToString().TrimEnd();
    }

    private static string BudgetSvg(CelMap root)
    {
        var components = Maps(root, "components").ToList();
        var max = components.Count == 0 ? 1 : Math.Max(1, components.Max(c => Num(c, "budget")));
        var total = components.Sum(c => Num(c, "budget"));
        const int labelWidth = 250, barMax = 330, rowHeight = 30;
        var height = (components.Count * rowHeight) + 10;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 {height}\" width=\"100%\" role=\"img\" aria-label=\"Budget by component\">");
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var y = (i * rowHeight) + 5;
            var w = Num(c, "budget") / max * barMax;
            var share = total > 0 ? Num(c, "budget") / total : 0;
            sb.Append($"<text x=\"0\" y=\"{y + 15}\" font-size=\"11\">{X(Clip(Text(c, "id") + " " + Text(c, "title"), 40))}</text>");
            sb.Append($"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{F(w)}\" height=\"20\" fill=\"#2f6db5\"/>");
            sb.Append($"<text x=\"{F(labelWidth + w + 6)}\" y=\"{y + 15}\" font-size=\"11\">{X(TemplateHelpers.Number(Num(c, "budget")))} ({X(TemplateHelpers.Percent(share))})</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string BudgetMermaid(CelMap root)
    {
        var sb = new StringBuilder("pie title Budget by component\n");
        foreach (var c in Maps(root, "components"))
        {
            sb.Append($"  \"{M(Text(c, "id") + " " + Text(c, "title"))}\" : {Num(c, "budget").ToString(CultureInfo.InvariantCulture)}\n");
        }
        return sb.ToString().TrimEnd();
    }

    private static (List<string> Activities, List<string> Outputs, List<string> Outcomes, List<string> Impact) Chain(CelMap root)
    {
        var components = Maps(root, "components").ToList();
        var activities = components.SelectMany(c => Maps(c, "activities")).Select(a => Text(a, "title")).ToList();
        var outputs = components.SelectMany(c => Maps(c, "outputs")).Select(o => Text(o, "statement")).ToList();
        var goals = root.TryGet("goals", out var g) && g.Kind == ValueKind.Map ? g.AsMap : CelMap.Empty;
        var outcomes = Maps(goals, "outcomes").Select(o => Text(o, "statement")).ToList();
        var impact = goals.TryGet("impact", out var i) && i.Kind == ValueKind.Map ? new List<string> { Text(i.AsMap, "statement") } : [];
        return (activities, outputs, outcomes, impact);
    }

    private static string ResultsSvg(CelMap root)
    {
        var (activities, outputs, outcomes, impact) = Chain(root);
        var columns = new[] { ("Activities", activities), ("Outputs", outputs), ("Outcomes", outcomes), ("Impact", impact) };
        const int colWidth = 155, gap = 20, boxHeight = 34, boxGap = 6, top = 24;
        var maxRows = Math.Max(1, columns.Max(c => c.Item2.Count));
        var height = top + (maxRows * (boxHeight + boxGap)) + 4;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {(4 * colWidth) + (3 * gap)} {height}\" width=\"100%\" role=\"img\" aria-label=\"Results chain from activities to impact\">");
        for (var c = 0; c < columns.Length; c++)
        {
            var (title, items) = columns[c];
            var x = c * (colWidth + gap);
            sb.Append($"<text x=\"{x + (colWidth / 2)}\" y=\"14\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">{title}</text>");
            for (var r = 0; r < items.Count; r++)
            {
                var y = top + (r * (boxHeight + boxGap));
                sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{colWidth}\" height=\"{boxHeight}\" rx=\"5\" fill=\"#eef3f9\" stroke=\"#2f6db5\"/>");
                var text = items[r];
                var first = Clip(text, 27);
                sb.Append($"<text x=\"{x + 6}\" y=\"{y + 14}\" font-size=\"9.5\">{X(first)}</text>");
                if (text.Length > 27)
                {
                    sb.Append($"<text x=\"{x + 6}\" y=\"{y + 27}\" font-size=\"9.5\">{X(Clip(text[26..], 27))}</text>");
                }
            }
            if (c < columns.Length - 1)
            {
                var ay = top + (boxHeight / 2);
                sb.Append($"<path d=\"M{x + colWidth + 3} {ay} L{x + colWidth + gap - 3} {ay}\" stroke=\"#555\" stroke-width=\"2\"/>");
                sb.Append($"<path d=\"M{x + colWidth + gap - 8} {ay - 4} L{x + colWidth + gap - 3} {ay} L{x + colWidth + gap - 8} {ay + 4}\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>");
            }
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string ResultsMermaid(CelMap root)
    {
        var (activities, outputs, outcomes, impact) = Chain(root);
        var sb = new StringBuilder("graph LR\n");
        void Column(string id, string title, List<string> items)
        {
            sb.Append($"  subgraph {id}[\"{title}\"]\n");
            for (var i = 0; i < items.Count; i++)
            {
                sb.Append($"    {id}{i + 1}[\"{M(Clip(items[i], 60))}\"]\n");
            }
            sb.Append("  end\n");
        }
        Column("act", "Activities", activities);
        Column("out", "Outputs", outputs);
        Column("oc", "Outcomes", outcomes);
        Column("imp", "Impact", impact);
        sb.Append("  act --> out --> oc --> imp");
        return sb.ToString();
    }
}
