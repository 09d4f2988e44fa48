using System.Text.Json;
using Designer.Text;
using Designer.Diagnostics;
using Designer.Rules;

namespace Designer.Reporting.Formats;

/// <summary>
/// The stable JSON shape of <c>designer check --format json</c> (documented in docs/check-output.md):
/// <c>{ version, tool, files: [{ path, project, diagnostics: [...], findings: [...], evaluability }], summary }</c>.
/// </summary>
public static class JsonReportWriter
{
    public static string Write(CheckReport report) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("tool", "designer " + report.ToolVersion);
        w.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("path", CheckReport.DisplayPath(file.Path));
            if (file.ProjectId is not null)
            {
                w.WriteString("project", file.ProjectId);
            }
            else
            {
                w.WriteNull("project");
            }
            w.WriteStartArray("diagnostics");
            foreach (var d in file.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", d.Severity.ToName());
                w.WriteString("message", d.Message);
                WriteSpan(w, d.Span);
                if (d.Hint is not null) w.WriteString("hint", d.Hint);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in file.Findings)
            {
                WriteFinding(w, f);
            }
            w.WriteEndArray();
            WriteEvaluability(w, file.Evaluability);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.Files.Count);
        w.WriteNumber("error", report.Count(Severity.Error));
        w.WriteNumber("warning", report.Count(Severity.Warning));
        w.WriteNumber("info", report.Count(Severity.Info));
        w.WriteNumber("suppressed", report.Suppressed);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("title", f.Title);
        w.WriteString("severity", f.Severity.ToName());
        w.WriteString("message", f.Message);
        WriteSpan(w, f.Span);
        w.WriteString("area", f.Area);
        w.WriteString("lesson", f.Lesson);
        w.WriteString("cite", f.Cite);
        if (f.Help is not null) w.WriteString("help", f.Help); else w.WriteNull("help");
        if (f.Element is not null) w.WriteString("element", f.Element); else w.WriteNull("element");
        w.WriteBoolean("suppressed", f.Suppressed);
        if (f.SuppressedBecause is not null) w.WriteString("reason", f.SuppressedBecause); else w.WriteNull("reason");
        w.WriteEndObject();
    }

    private static void WriteEvaluability(Utf8JsonWriter w, EvaluabilityScore? score)
    {
        if (score is null)
        {
            w.WriteNull("evaluability");
            return;
        }
        w.WriteStartObject("evaluability");
        w.WriteNumber("score", score.Score);
        w.WriteNumber("version", score.Version);
        w.WriteStartArray("dimensions");
        foreach (var d in score.Dimensions)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteNumber("score", d.Score);
            w.WriteNumber("max", d.Max);
            w.WriteStartArray("lost");
            foreach (var l in d.Lost)
            {
                w.WriteStartObject();
                w.WriteString("rule", l.Rule);
                w.WriteNumber("points", l.Points);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceSpan s)
    {
        w.WriteNumber("line", s.Line);
        w.WriteNumber("column", s.Column);
        w.WriteNumber("endLine", s.EndLine);
        w.WriteNumber("endColumn", s.EndColumn);
    }
}
