using System.Text;
using Designer.Diagnostics;
using Designer.Rules;
using Designer.Text;

namespace Designer.Reporting.Formats;

/// <summary>
/// The terminal format: <c>file:line:col severity RULE message</c>, the source line with a caret, the help and the
/// lesson, then a summary. The library knows no terminal: the caller may pass a painter that colours the
/// severity word and the caret by severity (the command line does on a terminal without NO_COLOR).
/// </summary>
public static class TextReportWriter
{
    /// <param name="report">What to print.</param>
    /// <param name="paint">Colours a piece of text by severity; null for plain text.</param>
    /// <param name="quiet">Only the finding lines and the summary.</param>
    /// <param name="skipDiagnostics">The structural diagnostics were already printed (on standard error); the summary still counts them.</param>
    public static string Write(CheckReport report, Func<Severity, string, string>? paint, bool quiet, bool skipDiagnostics = false)
    {
        var sb = new StringBuilder();
        foreach (var file in report.Files)
        {
            var path = CheckReport.DisplayPath(file.Path);
            var source = file.Source ?? TryRead(file.Path);
            foreach (var d in skipDiagnostics ? [] : file.Diagnostics)
            {
                Entry(sb, path, d.Span, d.Severity, d.Code, d.Message, source, d.Hint, null, null, paint, quiet);
            }
            foreach (var f in file.Active)
            {
                Entry(sb, path, f.Span, f.Severity, f.RuleId, f.Message, source, f.Help, Citation.WithLesson(f.Lesson, f.Cite), f.Docs ?? RuleLinks.ShowCommand(f.RuleId), paint, quiet);
            }
        }
        if (!quiet || report.Files.Any(f => f.Diagnostics.Count > 0 || f.Active.Any()))
        {
            foreach (var file in report.Files.Where(f => f.Evaluability is not null))
            {
                sb.Append(CheckReport.DisplayPath(file.Path)).Append(": ").Append(file.Evaluability!.Summary()).Append('\n');
            }
            sb.Append(report.Summary()).Append('\n');
        }
        return sb.ToString();
    }

    private static TextLocator? TryRead(string path)
    {
        var text = Files.SafeFileReader.TryReadQuietly(path);
        return text is null ? null : new TextLocator(path, text);
    }

    private static void Entry(StringBuilder sb, string path, SourceSpan span, Severity severity, string code, string message, TextLocator? source, string? help, string? lesson, string? docs, Func<Severity, string, string>? paint, bool quiet)
    {
        paint ??= static (_, text) => text;
        sb.Append(ControlCharacters.Escape(path)).Append(':').Append(span.Line).Append(':').Append(span.Column).Append(' ')
            .Append(paint(severity, severity.ToName())).Append(' ').Append(ControlCharacters.Escape(code)).Append(' ').Append(ControlCharacters.Escape(message)).Append('\n');
        if (quiet)
        {
            return;
        }
        var line = source?.LineText(span.Line) ?? "";
        if (line.Length > 0)
        {
            var caretStart = Math.Max(0, Math.Min(span.Column - 1, line.Length));
            var width = span.EndLine == span.Line ? Math.Max(1, span.EndColumn - span.Column) : Math.Max(1, line.Length - caretStart);
            var excerpt = SourceExcerpt.Of(line, span.Column, width);
            sb.Append($"{span.Line,6} | ").Append(excerpt.Text).Append('\n');
            sb.Append("       | ").Append(' ', excerpt.CaretStart).Append(paint(severity, new string('^', excerpt.CaretWidth))).Append('\n');
        }
        if (help is not null)
        {
            sb.Append("  help: ").Append(ControlCharacters.Escape(help)).Append('\n');
        }
        if (lesson is not null)
        {
            sb.Append("  lesson: ").Append(ControlCharacters.Escape(lesson)).Append('\n');
        }
        if (docs is not null)
        {
            sb.Append("  docs: ").Append(ControlCharacters.Escape(docs)).Append('\n');
        }
        sb.Append('\n');
    }
}
