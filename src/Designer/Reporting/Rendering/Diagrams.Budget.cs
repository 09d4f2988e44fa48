using System.Globalization;
using System.Text;
using Designer.Expressions.Runtime;

namespace Designer.Reporting.Rendering;

internal static partial class Diagrams
{
    private static readonly TextStyle BudgetLabel = new(11, 14);

    private static string BudgetSvg(CelMap root, Labels labels)
    {
        var components = Maps(root, "components").ToList();
        var max = components.Count == 0 ? 1 : Math.Max(1, components.Max(c => Num(c, "budget")));
        var total = components.Sum(c => Num(c, "budget"));
        const double width = 720, labelWidth = 250, space = 6;
        var names = components.Select(c => Text(c, "id") + " " + Text(c, "title")).ToList();
        var values = components.Select(c => $"{TemplateHelpers.Number(Num(c, "budget"), labels.Language)} ({TemplateHelpers.Percent(total > 0 ? Num(c, "budget") / total : 0, 1, labels.Language)})").ToList();
        // The bars share what the labels and the widest value leave, so no value is pushed past the edge.
        var valueWidth = Up(values.Select(v => DiagramText.Width(v, BudgetLabel.FontSize)).DefaultIfEmpty(0).Max());
        var labelBox = Up(Math.Max(labelWidth - space, names.Select(l => DiagramText.WidestWord(l, BudgetLabel.FontSize)).DefaultIfEmpty(0).Max()));
        var barMax = width - labelBox - space - valueWidth - space - 1;
        var rows = names.Select(l => DiagramText.Wrap(l, labelBox, BudgetLabel.FontSize)).ToList();
        var rowHeights = rows.Select(r => Math.Max(24, (r.Count * BudgetLabel.LineHeight) + 6)).ToList();
        var height = Up(rowHeights.Sum(h => h + 6) + 4);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"100%\" role=\"img\" aria-label=\"{X(labels.Text("diagram.budget"))}\">");
        var y = 2.0;
        for (var i = 0; i < components.Count; i++)
        {
            var h = rowHeights[i];
            var w = Num(components[i], "budget") / max * barMax;
            var id = X(Text(components[i], "id"));
            sb.Append($"<g class=\"node\" data-id=\"{id}\"><rect class=\"box\" x=\"0\" y=\"{F(y)}\" width=\"{F(labelBox)}\" height=\"{F(h)}\" fill=\"none\"/>");
            Lines(sb, rows[i], 0, y + ((h - (rows[i].Count * BudgetLabel.LineHeight)) / 2), BudgetLabel);
            sb.Append("</g>");
            var barTop = y + ((h - 20) / 2);
            sb.Append($"<rect x=\"{F(labelBox + space)}\" y=\"{F(barTop)}\" width=\"{F(w)}\" height=\"20\" fill=\"#2f6db5\"/>");
            var vx = Up(labelBox + space + w + space);
            sb.Append($"<g class=\"node\" data-id=\"{id}-amount\"><rect class=\"box\" x=\"{F(vx)}\" y=\"{F(barTop)}\" width=\"{F(valueWidth)}\" height=\"20\" fill=\"none\"/>");
            Lines(sb, [values[i]], vx, barTop + 3, BudgetLabel);
            sb.Append("</g>");
            y += h + 6;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string BudgetMermaid(CelMap root, Labels labels)
    {
        var sb = new StringBuilder($"pie title {M(labels.Text("diagram.budget"))}\n");
        foreach (var c in Maps(root, "components"))
        {
            sb.Append($"  \"{M(Text(c, "id") + " " + Text(c, "title"))}\" : {Num(c, "budget").ToString(CultureInfo.InvariantCulture)}\n");
        }
        return sb.ToString().TrimEnd();
    }
}
