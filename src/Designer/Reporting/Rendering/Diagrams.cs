using System.Globalization;
using System.Security;
using System.Text;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The pictures of the documents, drawn by Designer: a governance diagram, a budget bar chart and a results chain.
/// Each comes as inline SVG (for HTML: no script, no network) and as a Mermaid block (for Markdown). Text in the SVG
/// wraps at word boundaries to a width estimated by <see cref="DiagramText"/> and is never cut; boxes grow to hold
/// it. Each box is a <c>g class="node"</c> whose first <c>rect class="box"</c> holds its lines of text, so tests can
/// check that the text fits.
/// </summary>
internal static partial class Diagrams
{
    /// <summary>The sectors of society by colour; the legend names each in the render's language (<c>code.public</c>).</summary>
    private static readonly (string Sector, string Colour)[] Sectors =
    [
        ("public", "#2f6db5"),
        ("private", "#d9822b"),
        ("knowledge", "#2e8b57"),
        ("civil-society", "#8e44ad"),
        ("international", "#7f8c8d"),
    ];

    /// <summary>
    /// How many characters a line of a Mermaid label holds before it wraps: short enough that Mermaid's own wrapping
    /// (at 200 px) leaves the lines as written.
    /// </summary>
    internal const int MermaidLineLength = 24;

    /// <summary>The diagrams of a project, every word Designer adds to them (titles, legends, labels) taken from <paramref name="labels"/>.</summary>
    public static ScriptObject Build(Project project, Labels labels)
    {
        var root = project.Root;
        return new ScriptObject
        {
            ["governance"] = Pair("governance", GovernanceSvg(root, labels), GovernanceMermaid(root)),
            ["budget"] = Pair("budget", BudgetSvg(root, labels), BudgetMermaid(root, labels)),
            ["results_chain"] = Pair("results_chain", ResultsSvg(root, labels), ResultsMermaid(root)),
        };
    }

    /// <summary>A sector of society as the legend names it: <c>civil-society</c> → <c>Civil society</c> (es <c>Sociedad civil</c>).</summary>
    private static string SectorName(string sector, Labels labels)
    {
        var words = TemplateHelpers.Words(sector, labels);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
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

    private static CelMap? Map(CelMap map, string key) =>
        map.TryGet(key, out var v) && v.Kind == ValueKind.Map ? v.AsMap : null;

    private static string Text(CelMap map, string key) =>
        map.TryGet(key, out var v) ? (v.Kind == ValueKind.String ? v.AsString : ValueFormatter.ToDisplay(v)) : "";

    private static double Num(CelMap map, string key) =>
        map.TryGet(key, out var v) && v.IsNumber ? v.AsNumber : 0;

    private static string X(string s) => SecurityElement.Escape(s) ?? "";

    private static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Rounds a size up to the tenth that <see cref="F"/> writes, so a written box is never smaller than measured.</summary>
    private static double Up(double d) => Math.Ceiling(d * 10) / 10;

    private static string M(string s) => s.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A Mermaid node label: the text wrapped at word boundaries, lines joined by <c>&lt;br&gt;</c>.</summary>
    internal static string MermaidLabel(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in DiagramText.Words(text))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > MermaidLineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return string.Join("<br>", lines.Select(M));
    }

    private static CelMap? Governance(CelMap root) => Map(root, "governance");

    /// <summary>Font and spacing of a box's text.</summary>
    private readonly record struct TextStyle(double FontSize, double LineHeight, bool Bold = false, string? Fill = null)
    {
        public string Attributes => $"font-size=\"{F(FontSize)}\"{(Bold ? " font-weight=\"bold\"" : "")}{(Fill is null ? "" : $" fill=\"{Fill}\"")}";
    }

    /// <summary>Writes lines of text, the first baseline one font size below <paramref name="top"/>; returns the height they take.</summary>
    private static double Lines(StringBuilder sb, IReadOnlyList<string> lines, double x, double top, TextStyle style)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append($"<text x=\"{F(x)}\" y=\"{F(top + style.FontSize + (i * style.LineHeight))}\" {style.Attributes}>{X(lines[i])}</text>");
        }
        return lines.Count * style.LineHeight;
    }
}
