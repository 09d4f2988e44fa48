using System.Text;
using System.Text.RegularExpressions;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The "page X of Y" line at the foot of printed pages, from the label <c>page.number</c> (<c>page {page} of
/// {pages}</c>, es <c>página {page} de {pages}</c>): its text around the holes, which the printer fills in —
/// as CSS counters in the PDF, as Word fields in the Word file.
/// </summary>
internal static partial class PageNumber
{
    /// <summary>The hole for the number of this page.</summary>
    public const string Page = "page";

    /// <summary>The hole for the number of pages.</summary>
    public const string Pages = "pages";

    [GeneratedRegex(@"\{(page|pages)\}")]
    private static partial Regex Hole();

    /// <summary>The label as text and holes in order: each text, then the hole that follows it (null after the last text).</summary>
    public static IReadOnlyList<(string Text, string? Hole)> Parts(Labels labels)
    {
        var label = labels.Text("page.number", (Page, "{" + Page + "}"), (Pages, "{" + Pages + "}"));
        var parts = new List<(string, string?)>();
        var at = 0;
        foreach (Match m in Hole().Matches(label))
        {
            parts.Add((label[at..m.Index], m.Groups[1].Value));
            at = m.Index + m.Length;
        }
        parts.Add((label[at..], null));
        return parts;
    }

    /// <summary>The label as the value of a CSS <c>content</c> property: <c>"page " counter(page) " of " counter(pages)</c>.</summary>
    public static string CssContent(Labels labels)
    {
        var sb = new StringBuilder();
        foreach (var (text, hole) in Parts(labels))
        {
            if (text.Length > 0)
            {
                sb.Append(sb.Length > 0 ? " " : "").Append('"').Append(CssString(text)).Append('"');
            }
            if (hole is not null)
            {
                sb.Append(sb.Length > 0 ? " " : "").Append("counter(").Append(hole).Append(')');
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes a text for a CSS string in double quotes: backslashes, quotes and line ends, and nothing that could close the style element.</summary>
    private static string CssString(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '"' or '<' or '>' or '\n' or '\r')
            {
                sb.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
