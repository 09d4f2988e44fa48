using System.Text;
using Designer.Expressions.Runtime;

namespace Designer.Reporting.Rendering;

internal static partial class Diagrams
{
    private static readonly TextStyle BodyName = new(12, 15, Bold: true);
    private static readonly TextStyle BodyRole = new(11, 14, Fill: "#555");
    private static readonly TextStyle MemberName = new(11, 14);

    private static string GovernanceSvg(CelMap root, Labels labels)
    {
        var actors = Maps(root, "actors").ToDictionary(a => Text(a, "id"), a => a, StringComparer.Ordinal);
        var bodies = Governance(root) is { } g ? Maps(g, "bodies").ToList() : [];
        const int perRow = 3, gap = 16, pad = 10, swatch = 12, memberIndent = 28;
        string MemberText(string id) => actors.TryGetValue(id, out var actor) ? Text(actor, "name") : id;
        string RoleText(CelMap body) => Text(body, "role") is { Length: > 0 } role ? TemplateHelpers.Words(role, labels) : "";
        // A box is wide enough for its longest word; the usual width holds most names on one or two lines.
        var boxWidth = Up(Math.Max(228, bodies.Select(b => Math.Max(
            Math.Max(DiagramText.WidestWord(Text(b, "name"), BodyName.FontSize, bold: true), DiagramText.WidestWord(RoleText(b), BodyRole.FontSize)) + (2 * pad),
            Members(b).Select(m => DiagramText.WidestWord(MemberText(m), MemberName.FontSize) + memberIndent + pad).DefaultIfEmpty(0).Max())).DefaultIfEmpty(0).Max()));
        var laid = bodies.Select(b => (
            Name: DiagramText.Wrap(Text(b, "name"), boxWidth - (2 * pad), BodyName.FontSize, bold: true),
            Role: DiagramText.Wrap(RoleText(b), boxWidth - (2 * pad), BodyRole.FontSize),
            Members: Members(b).Select(m => (Id: m, Lines: DiagramText.Wrap(MemberText(m), boxWidth - memberIndent - pad, MemberName.FontSize))).ToList())).ToList();
        double Height((List<string> Name, List<string> Role, List<(string Id, List<string> Lines)> Members) b) =>
            pad + (b.Name.Count * BodyName.LineHeight) + (b.Role.Count * BodyRole.LineHeight) + 8
            + b.Members.Sum(m => (m.Lines.Count * MemberName.LineHeight) + 6) + pad;
        var rowHeights = laid.Select((b, i) => (b, i)).GroupBy(x => x.i / perRow).Select(r => r.Max(x => Height(x.b))).ToList();
        var width = Up((perRow * boxWidth) + ((perRow - 1) * gap));
        var legendTop = rowHeights.Sum(h => h + gap);
        var height = Up(legendTop + 16);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"100%\" role=\"img\" aria-label=\"{X(labels.Text("diagram.governance"))}\">");
        var rowTop = 0.0;
        for (var i = 0; i < laid.Count; i++)
        {
            var (name, role, members) = laid[i];
            if (i > 0 && i % perRow == 0)
            {
                rowTop += rowHeights[(i / perRow) - 1] + gap;
            }
            var x = (i % perRow) * (boxWidth + gap);
            sb.Append($"<g class=\"node\" data-id=\"{X(Text(bodies[i], "id"))}\">");
            sb.Append($"<rect class=\"box\" x=\"{F(x)}\" y=\"{F(rowTop)}\" width=\"{F(boxWidth)}\" height=\"{F(rowHeights[i / perRow])}\" rx=\"8\" fill=\"#f7f7f4\" stroke=\"#555\"/>");
            var y = rowTop + pad;
            y += Lines(sb, name, x + pad, y, BodyName);
            y += Lines(sb, role, x + pad, y, BodyRole) + 8;
            foreach (var (id, lines) in members)
            {
                var sector = actors.TryGetValue(id, out var a) ? Text(a, "sector") : "";
                var colour = Sectors.FirstOrDefault(s => s.Sector == sector).Colour ?? "#999";
                sb.Append($"<rect x=\"{F(x + pad)}\" y=\"{F(y + 1)}\" width=\"{swatch}\" height=\"{swatch}\" rx=\"2\" fill=\"{colour}\"/>");
                y += Lines(sb, lines, x + memberIndent, y, MemberName) + 6;
            }
            sb.Append("</g>");
        }
        var lx = 0.0;
        foreach (var (sector, colour) in Sectors)
        {
            var sectorName = SectorName(sector, labels);
            sb.Append($"<rect x=\"{F(lx)}\" y=\"{F(legendTop)}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>");
            sb.Append($"<text x=\"{F(lx + 14)}\" y=\"{F(legendTop + 9)}\" font-size=\"10\">{X(sectorName)}</text>");
            lx += Up(14 + DiagramText.Width(sectorName, 10) + 24);
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
        var sb = new StringBuilder("flowchart LR\n");
        foreach (var (a, i) in actors.Select((a, i) => (a, i)))
        {
            sb.Append($"  a{i + 1}[\"{MermaidLabel(Text(a, "name"))}\"]:::{Text(a, "sector").Replace("-", "_", StringComparison.Ordinal)}\n");
        }
        var bodies = Governance(root) is { } g ? Maps(g, "bodies").ToList() : [];
        foreach (var (b, i) in bodies.Select((b, i) => (b, i)))
        {
            sb.Append($"  b{i + 1}{{{{\"{MermaidLabel(Text(b, "name"))}\"}}}}\n");
            foreach (var m in Members(b))
            {
                if (ids.TryGetValue(m, out var node))
                {
                    sb.Append($"  {node} --> b{i + 1}\n");
                }
            }
        }
        foreach (var (sector, colour) in Sectors)
        {
            sb.Append($"  classDef {sector.Replace("-", "_", StringComparison.Ordinal)} fill:{colour},color:#fff\n");
        }
        return sb.ToString().TrimEnd();
    }
}
