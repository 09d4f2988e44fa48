using System.Globalization;
using System.Text;
using System.Xml;
using Designer.Diagnostics;

namespace Designer.Reporting.Formats;

/// <summary>
/// JUnit XML: one test suite per file and one test case per rule, so CI dashboards list every rule checked;
/// an active error or warning fails its case; an information note does not (it is written to the case's
/// <c>system-out</c>); a suppressed finding marks the case skipped.
/// </summary>
public static class JUnitReportWriter
{
    public static string Write(CheckReport report)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "designer check");
            foreach (var file in report.Files)
            {
                var path = CheckReport.DisplayPath(file.Path);
                var cases = new List<(string Name, string Classname, IReadOnlyList<string> Failures, string? Type, string? Skipped, IReadOnlyList<string> Notes)>();
                if (file.Diagnostics.Count > 0)
                {
                    var failing = file.Diagnostics.Where(d => d.Severity > Severity.Info).ToList();
                    cases.Add(("load", path, failing.Select(d => $"{path}:{d.Span.Line}:{d.Span.Column}: {d.Code}: {d.Message}").ToList(), failing.Count > 0 ? failing.Max(d => d.Severity).ToName() : null, null,
                        file.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => $"{path}:{d.Span.Line}:{d.Span.Column}: {d.Code}: {d.Message}").ToList()));
                }
                foreach (var rule in report.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
                {
                    var findings = file.Findings.Where(f => f.RuleId == rule.Id).ToList();
                    var active = findings.Where(f => !f.Suppressed).ToList();
                    var failing = active.Where(f => f.Severity > Severity.Info).ToList();
                    var skipped = !file.Loaded ? "not checked: the file could not be loaded"
                        : active.Count == 0 && findings.Count > 0 ? "suppressed: " + findings[0].SuppressedBecause : null;
                    cases.Add(($"{rule.Id} {rule.Title}", path, failing.Select(f => Line(path, f)).ToList(),
                        failing.Count > 0 ? failing.Max(f => f.Severity).ToName() : null, skipped,
                        active.Where(f => f.Severity == Severity.Info).Select(f => Line(path, f)).ToList()));
                }
                foreach (var extra in file.Findings.Where(f => !f.Suppressed && !report.Rules.Any(r => r.Id == f.RuleId)).GroupBy(f => f.RuleId))
                {
                    var failing = extra.Where(f => f.Severity > Severity.Info).ToList();
                    cases.Add((extra.Key, path, failing.Select(f => Line(path, f)).ToList(), failing.Count > 0 ? failing.Max(f => f.Severity).ToName() : null, null,
                        extra.Where(f => f.Severity == Severity.Info).Select(f => Line(path, f)).ToList()));
                }

                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(path));
                xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("failures", cases.Count(c => c.Failures.Count > 0).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", cases.Count(c => c.Failures.Count == 0 && c.Skipped is not null).ToString(CultureInfo.InvariantCulture));
                foreach (var c in cases)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", Clean(c.Name));
                    xml.WriteAttributeString("classname", Clean(c.Classname));
                    if (c.Failures.Count > 0)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("type", c.Type ?? "error");
                        xml.WriteAttributeString("message", Clean(c.Failures[0]));
                        xml.WriteString(Clean(string.Join("\n", c.Failures), keepLineBreaks: true));
                        xml.WriteEndElement();
                    }
                    else if (c.Skipped is not null)
                    {
                        xml.WriteStartElement("skipped");
                        xml.WriteAttributeString("message", Clean(c.Skipped));
                        xml.WriteEndElement();
                    }
                    if (c.Notes.Count > 0)
                    {
                        xml.WriteElementString("system-out", Clean(string.Join("\n", c.Notes), keepLineBreaks: true));
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return sb.ToString() + "\n";
    }

    private static string Line(string path, Rules.Finding f) => $"{path}:{f.Span.Line}:{f.Span.Column}: {f.Severity.ToName()}: {f.Message}";

    /// <summary>XML 1.0 cannot hold most control characters at all: they are written as visible escapes.</summary>
    private static string Clean(string text, bool keepLineBreaks = false) => Text.ControlCharacters.Escape(text, keepLineBreaks);

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
