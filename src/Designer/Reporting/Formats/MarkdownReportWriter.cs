using System.Text;
using Designer.Diagnostics;

namespace Designer.Reporting.Formats;

/// <summary>A Markdown summary for a pull-request comment: the verdict, then a table of findings per file.</summary>
public static class MarkdownReportWriter
{
    public static string Write(CheckReport report)
    {
        var sb = new StringBuilder();
        var verdict = report.HasStructuralErrors || report.Count(Severity.Error) > 0 ? "❌" : report.Count(Severity.Warning) > 0 ? "⚠️" : "✅";
        sb.Append("## Designer check ").Append(verdict).Append("\n\n").Append(report.Summary()).Append(".\n");
        foreach (var file in report.Files)
        {
            var path = CheckReport.DisplayPath(file.Path);
            sb.Append("\n### ").Append(CodeSpan(path));
            if (file.ProjectId is not null)
            {
                sb.Append(" — ").Append(Cell(file.ProjectId));
            }
            sb.Append("\n\n");
            if (file.Diagnostics.Count == 0 && !file.Active.Any())
            {
                sb.Append("No findings.\n");
                continue;
            }
            sb.Append("| | Rule | Line | Message |\n| --- | --- | ---: | --- |\n");
            foreach (var d in file.Diagnostics)
            {
                sb.Append("| ").Append(Icon(d.Severity)).Append(" | ").Append(d.Code).Append(" | ").Append(d.Span.Line).Append(" | ").Append(Cell(d.Message)).Append(" |\n");
            }
            foreach (var f in file.Active)
            {
                sb.Append("| ").Append(Icon(f.Severity)).Append(" | ").Append(f.RuleId).Append(" | ").Append(f.Span.Line).Append(" | ").Append(Cell(f.Message)).Append(" |\n");
            }
            var suppressed = file.Findings.Where(f => f.Suppressed).ToList();
            if (suppressed.Count > 0)
            {
                sb.Append("\n<details><summary>").Append(suppressed.Count).Append(" suppressed</summary>\n\n");
                foreach (var f in suppressed)
                {
                    sb.Append("- ").Append(f.RuleId).Append(": ").Append(Cell(f.SuppressedBecause!)).Append('\n');
                }
                sb.Append("\n</details>\n");
            }
        }
        return sb.ToString();
    }

    private static string Icon(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Escapes text for a table cell: pipes, line breaks, and HTML-significant characters.</summary>
    internal static string Cell(string text) =>
        Text.ControlCharacters.Escape(text, keepLineBreaks: true).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    internal static string CodeSpan(string text) => Text.MarkdownText.CodeSpan(text);
}
