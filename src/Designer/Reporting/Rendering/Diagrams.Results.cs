using System.Text;
using Designer.Expressions.Runtime;
using Designer.Projects.Loading;

namespace Designer.Reporting.Rendering;

internal static partial class Diagrams
{
    private static readonly TextStyle ResultText = new(10, 12.5);
    private static readonly TextStyle ComponentTitle = new(10, 12.5, Bold: true, Fill: "#2f4f6f");
    private static readonly TextStyle ColumnTitle = new(12, 14, Bold: true);

    /// <summary>One result of the chain: its key (the id, or a made-up one for an outcome without), and its text.</summary>
    private sealed record ChainNode(string Key, string Text);

    private sealed record ChainComponent(string Title, List<ChainNode> Activities, List<ChainNode> Outputs);

    /// <summary>The results of the project by component, and the links between them that the model holds.</summary>
    private sealed record Chain(List<ChainComponent> Components, List<ChainNode> Outcomes, ChainNode? Impact, List<(string From, string To)> Links);

    /// <summary>
    /// Reads the results chain from the computed links: an activity's <c>links.output</c>, an output's
    /// <c>links.outcomes</c> and an outcome's <c>links.impact</c>. Nothing is inferred from position.
    /// </summary>
    private static Chain ReadChain(CelMap root)
    {
        var goals = Map(root, "goals") ?? CelMap.Empty;
        var outcomeMaps = Maps(goals, "outcomes").ToList();
        var outcomes = outcomeMaps.Select((o, i) => new ChainNode(OutcomeKey(o, i), Text(o, "statement"))).ToList();
        var impactMap = Map(goals, "impact");
        var impact = impactMap is null ? null : new ChainNode("impact", Text(impactMap, "statement"));
        var links = new List<(string, string)>();
        var components = new List<ChainComponent>();
        foreach (var c in Maps(root, "components"))
        {
            var activities = new List<ChainNode>();
            foreach (var a in Maps(c, "activities"))
            {
                activities.Add(new ChainNode(Text(a, "id"), Text(a, "title")));
                if (Links(a) is { } l && Map(l, "output") is { } output)
                {
                    links.Add((Text(a, "id"), Text(output, "id")));
                }
            }
            var outputs = new List<ChainNode>();
            foreach (var o in Maps(c, "outputs"))
            {
                outputs.Add(new ChainNode(Text(o, "id"), Text(o, "statement")));
                foreach (var target in Links(o) is { } l ? Maps(l, "outcomes") : [])
                {
                    var index = outcomeMaps.FindIndex(m => ReferenceEquals(m, target) || (Text(m, "id") is { Length: > 0 } id && id == Text(target, "id")));
                    if (index >= 0)
                    {
                        links.Add((Text(o, "id"), outcomes[index].Key));
                    }
                }
            }
            components.Add(new ChainComponent($"{Text(c, "id")} {Text(c, "title")}".Trim(), activities, outputs));
        }
        for (var i = 0; i < outcomeMaps.Count; i++)
        {
            if (impact is not null && Links(outcomeMaps[i]) is { } l && Map(l, "impact") is not null)
            {
                links.Add((outcomes[i].Key, impact.Key));
            }
        }
        return new Chain(components, outcomes, impact, links);
    }

    private static CelMap? Links(CelMap element) => Map(element, LinkResolver.Key);

    private static string OutcomeKey(CelMap outcome, int index) => Text(outcome, "id") is { Length: > 0 } id ? id : $"outcome-{index + 1}";

    private static string ResultsSvg(CelMap root, Labels labels)
    {
        var chain = ReadChain(root);
        const double pad = 6, gap = 36, bandPad = 8, boxGap = 8, bandGap = 10, top = 24;
        var titles = new[] { "activities", "outputs", "outcomes", "impact" }.Select(k => labels.Text("diagram." + k)).ToArray();
        // A column is as wide as its widest word, and as its title: a language's titles may be longer than English's.
        double ColumnWidth(double usual, string title, IEnumerable<ChainNode> nodes) =>
            Up(Math.Max(Math.Max(usual, DiagramText.Width(title, ColumnTitle.FontSize, bold: true)),
                nodes.Select(n => DiagramText.WidestWord(n.Text, ResultText.FontSize) + (2 * pad)).DefaultIfEmpty(0).Max()));
        var actWidth = ColumnWidth(170, titles[0], chain.Components.SelectMany(c => c.Activities));
        var outWidth = ColumnWidth(170, titles[1], chain.Components.SelectMany(c => c.Outputs));
        var ocWidth = ColumnWidth(150, titles[2], chain.Outcomes);
        var impWidth = ColumnWidth(130, titles[3], chain.Impact is null ? [] : [chain.Impact]);
        var actX = bandPad;
        var outX = actX + actWidth + gap;
        var bandWidth = Up(Math.Max(outX + outWidth + bandPad, chain.Components.Select(c => DiagramText.WidestWord(c.Title, ComponentTitle.FontSize, bold: true) + (2 * bandPad)).DefaultIfEmpty(0).Max()));
        var ocX = bandWidth + gap;
        var impX = ocX + ocWidth + gap;
        var width = Up(impX + impWidth + 1);

        var boxes = new Dictionary<string, (double X, double Y, double W, double H, List<string> Lines)>(StringComparer.Ordinal);
        (double Height, List<(ChainNode Node, List<string> Lines, double H)> Laid) Stack(List<ChainNode> nodes, double boxWidth)
        {
            var laid = nodes.Select(n =>
            {
                var lines = DiagramText.Wrap(n.Text, boxWidth - (2 * pad), ResultText.FontSize);
                return (n, lines, Up((Math.Max(1, lines.Count) * ResultText.LineHeight) + (2 * pad) - 2));
            }).ToList();
            return (laid.Sum(l => l.Item3) + (Math.Max(0, laid.Count - 1) * boxGap), laid);
        }
        void Place(List<(ChainNode Node, List<string> Lines, double H)> laid, double x, double y, double boxWidth)
        {
            foreach (var (node, lines, h) in laid)
            {
                // The first of two results with one id keeps its place; the links name ids, not positions.
                boxes.TryAdd(node.Key, (x, y, boxWidth, h, lines));
                y += h + boxGap;
            }
        }

        var bands = new List<(double Y, double H, List<string> Title)>();
        var y = top;
        foreach (var component in chain.Components)
        {
            var title = DiagramText.Wrap(component.Title, bandWidth - (2 * bandPad), ComponentTitle.FontSize, bold: true);
            var contentTop = y + bandPad + (title.Count * ComponentTitle.LineHeight) + 6;
            var acts = Stack(component.Activities, actWidth);
            var outs = Stack(component.Outputs, outWidth);
            var content = Math.Max(acts.Height, outs.Height);
            Place(acts.Laid, actX, contentTop + ((content - acts.Height) / 2), actWidth);
            Place(outs.Laid, outX, contentTop + ((content - outs.Height) / 2), outWidth);
            var h = Up(contentTop - y + content + bandPad);
            bands.Add((y, h, title));
            y += h + bandGap;
        }
        var bandsBottom = Math.Max(top, y - bandGap);
        var ocs = Stack(chain.Outcomes, ocWidth);
        var imp = Stack(chain.Impact is null ? [] : [chain.Impact], impWidth);
        var span = Math.Max(bandsBottom - top, Math.Max(ocs.Height, imp.Height));
        Place(ocs.Laid, ocX, top + ((span - ocs.Height) / 2), ocWidth);
        Place(imp.Laid, impX, top + ((span - imp.Height) / 2), impWidth);
        var height = Up(top + span + 4);

        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"100%\" role=\"img\" aria-label=\"{X(labels.Text("diagram.results-chain"))}\">");
        sb.Append("<defs><marker id=\"designer-results-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#555\"/></marker></defs>");
        foreach (var (title, x, w) in new[] { (titles[0], actX, actWidth), (titles[1], outX, outWidth), (titles[2], ocX, ocWidth), (titles[3], impX, impWidth) })
        {
            sb.Append($"<text x=\"{F(x + (w / 2))}\" y=\"14\" {ColumnTitle.Attributes} text-anchor=\"middle\">{X(title)}</text>");
        }
        foreach (var (bandY, bandH, title) in bands)
        {
            sb.Append($"<g class=\"component\"><rect class=\"box\" x=\"0\" y=\"{F(bandY)}\" width=\"{F(bandWidth)}\" height=\"{F(bandH)}\" rx=\"6\" fill=\"#f6f8fb\" stroke=\"#c9d3df\"/>");
            Lines(sb, title, bandPad, bandY + bandPad - 2, ComponentTitle);
            sb.Append("</g>");
        }
        foreach (var (key, (x, by, w, h, lines)) in boxes.OrderBy(b => b.Value.X).ThenBy(b => b.Value.Y))
        {
            sb.Append($"<g class=\"node\" data-id=\"{X(key)}\"><rect class=\"box\" x=\"{F(x)}\" y=\"{F(by)}\" width=\"{F(w)}\" height=\"{F(h)}\" rx=\"5\" fill=\"#eef3f9\" stroke=\"#2f6db5\"/>");
            Lines(sb, lines, x + pad, by + pad - 2, ResultText);
            sb.Append("</g>");
        }
        // Each link leaves its source and enters its target at a point of its own, spread along the box's side.
        var drawn = chain.Links.Where(l => boxes.ContainsKey(l.From) && boxes.ContainsKey(l.To)).ToList();
        var outgoing = drawn.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var incoming = drawn.GroupBy(l => l.To).ToDictionary(g => g.Key, g => g.OrderBy(l => boxes[l.From].Y).ThenBy(l => boxes[l.From].X).ToList(), StringComparer.Ordinal);
        foreach (var link in drawn)
        {
            var (sx0, sy0, sw, sh, _) = boxes[link.From];
            var (tx, ty0, _, th, _) = boxes[link.To];
            var sx = sx0 + sw;
            var sy = sy0 + (sh * (outgoing[link.From].IndexOf(link) + 1) / (outgoing[link.From].Count + 1));
            var ty = ty0 + (th * (incoming[link.To].IndexOf(link) + 1) / (incoming[link.To].Count + 1));
            var bend = Math.Max(12, (tx - sx) / 2);
            sb.Append($"<path class=\"link\" data-from=\"{X(link.From)}\" data-to=\"{X(link.To)}\" d=\"M{F(sx)} {F(sy)} C{F(sx + bend)} {F(sy)} {F(tx - bend)} {F(ty)} {F(tx - 1)} {F(ty)}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\" marker-end=\"url(#designer-results-arrow)\"/>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string ResultsMermaid(CelMap root)
    {
        var chain = ReadChain(root);
        var nodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var sb = new StringBuilder("flowchart TB\n");
        void Node(string indent, string prefix, ChainNode n, string open = "[", string close = "]")
        {
            if (nodes.ContainsKey(n.Key))
            {
                return;
            }
            var id = $"{prefix}{nodes.Count + 1}";
            nodes[n.Key] = id;
            sb.Append($"{indent}{id}{open}\"{MermaidLabel(n.Text)}\"{close}\n");
        }
        for (var i = 0; i < chain.Components.Count; i++)
        {
            var c = chain.Components[i];
            // Mermaid sets a subgraph's title on one line above its nodes; a wrapped title would run into them.
            sb.Append($"  subgraph c{i + 1}[\"{M(c.Title)}\"]\n");
            foreach (var a in c.Activities)
            {
                Node("    ", "a", a);
            }
            foreach (var o in c.Outputs)
            {
                Node("    ", "p", o);
            }
            sb.Append("  end\n");
        }
        foreach (var o in chain.Outcomes)
        {
            Node("  ", "o", o, "([", "])");
        }
        if (chain.Impact is { } impact)
        {
            Node("  ", "i", impact, "[[", "]]");
        }
        // Invisible links stack the components one below the other; side by side they made a strip thousands of
        // pixels wide. Each of a component's last results holds the next component's first result below it.
        for (var i = 0; i + 1 < chain.Components.Count; i++)
        {
            var (current, next) = (chain.Components[i], chain.Components[i + 1]);
            var last = current.Outputs.Count > 0 ? current.Outputs : current.Activities;
            var first = next.Activities.Concat(next.Outputs).FirstOrDefault();
            foreach (var n in last)
            {
                if (first is not null && nodes.TryGetValue(n.Key, out var f) && nodes.TryGetValue(first.Key, out var t) && f != t)
                {
                    sb.Append($"  {f} ~~~ {t}\n");
                }
            }
        }
        foreach (var (from, to) in chain.Links)
        {
            if (nodes.TryGetValue(from, out var f) && nodes.TryGetValue(to, out var t))
            {
                sb.Append($"  {f} --> {t}\n");
            }
        }
        return sb.ToString().TrimEnd();
    }
}
