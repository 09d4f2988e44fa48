using System.Text;
using Designer.Diagnostics;

namespace Designer.Reporting.Formats;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=…::message</c>.</summary>
public static class GitHubReportWriter
{
    public static string Write(CheckReport report)
    {
        var sb = new StringBuilder();
        foreach (var file in report.Files)
        {
            var path = CheckReport.DisplayPath(file.Path);
            foreach (var d in file.Diagnostics)
            {
                Line(sb, d.Severity, path, d.Span, d.Code, d.Message);
            }
            foreach (var f in file.Active)
            {
                Line(sb, f.Severity, path, f.Span, $"{f.RuleId} {f.Title}", f.Message);
            }
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, Severity severity, string path, SourceSpan span, string title, string message)
    {
        var command = severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        sb.Append("::").Append(command)
            .Append(" file=").Append(Property(path))
            .Append(",line=").Append(span.Line)
            .Append(",col=").Append(span.Column)
            .Append(",endLine=").Append(Math.Max(span.Line, span.EndLine))
            .Append(",endColumn=").Append(span.EndColumn)
            .Append(",title=").Append(Property(title))
            .Append("::").Append(Data(message)).Append('\n');
    }

    private static string Data(string s) =>
        Text.ControlCharacters.Escape(s, keepLineBreaks: true).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
