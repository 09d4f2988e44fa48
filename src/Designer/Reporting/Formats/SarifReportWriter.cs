using System.Text.Json;
using Designer.Text;
using Designer.Diagnostics;
using Designer.Rules;

namespace Designer.Reporting.Formats;

/// <summary>SARIF 2.1.0: one run, the rules with their lessons as help, results with regions and suppressions.</summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="report">What to write.</param>
    /// <param name="docsUrl">
    /// An absolute base address of the rule pages (<c>--docs-url</c>): rules whose pack gives no absolute <c>docs</c>
    /// link to <c>{docsUrl}/{ID}.md</c>. Without one they carry no <c>helpUri</c> (SARIF requires it to be absolute)
    /// and their help text names <c>designer rules show ID</c>.
    /// </param>
    public static string Write(CheckReport report, string? docsUrl = null) => JsonOutput.Write(w =>
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = report.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "designer");
        w.WriteString("informationUri", RuleLinks.InformationUri);
        w.WriteString("semanticVersion", report.ToolVersion);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            ruleIndex[rule.Id] = ruleIndex.Count;
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", PascalName(rule.Title));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Lesson);
            w.WriteEndObject();
            w.WriteStartObject("help");
            var show = RuleLinks.ShowCommand(rule.Id);
            w.WriteString("text", $"{rule.Lesson}{Source(rule.Cite)} {rule.Help} Run `{show}` for the whole rule.".Replace("  ", " ", StringComparison.Ordinal).Trim());
            w.WriteString("markdown", $"**{rule.Title}**\n\n{rule.Lesson}" + (HasCite(rule.Cite) ? $"\n\n*Source: {rule.Cite}.*" : "") + (rule.Help is null ? "" : $"\n\nHow to fix: {rule.Help}") + $"\n\n`{show}` explains the rule.");
            w.WriteEndObject();
            var helpUri = rule.Docs ?? (docsUrl is null ? null : RuleLinks.PageUnder(docsUrl, rule.Id));
            if (helpUri is not null)
            {
                w.WriteString("helpUri", helpUri);
            }
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.Severity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("area", rule.Area);
            w.WriteString("pack", rule.Pack);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Code);
                w.WriteString("level", Level(d.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", d.Hint is null ? d.Message : $"{d.Message} {d.Hint}");
                w.WriteEndObject();
                WriteLocation(w, file.Path, d.Span);
                w.WriteEndObject();
            }
            foreach (var f in file.Findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                if (ruleIndex.TryGetValue(f.RuleId, out var index))
                {
                    w.WriteNumber("ruleIndex", index);
                }
                w.WriteString("level", Level(f.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", f.Message);
                w.WriteEndObject();
                WriteLocation(w, file.Path, f.Span);
                if (f.SuppressedBecause is not null)
                {
                    w.WriteStartArray("suppressions");
                    w.WriteStartObject();
                    w.WriteString("kind", "inSource");
                    w.WriteString("justification", f.SuppressedBecause);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                if (f.Element is not null)
                {
                    w.WriteStartObject("properties");
                    w.WriteString("element", f.Element);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteLocation(Utf8JsonWriter w, string path, SourceSpan span)
    {
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri.EscapeDataString(CheckReport.DisplayPath(path)).Replace("%2F", "/", StringComparison.Ordinal));
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, span.Line));
        w.WriteNumber("startColumn", Math.Max(1, span.Column));
        w.WriteNumber("endLine", Math.Max(span.Line, span.EndLine));
        w.WriteNumber("endColumn", span.EndLine > span.Line ? Math.Max(1, span.EndColumn) : Math.Max(span.Column, span.EndColumn));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static bool HasCite(string cite) => Citation.IsGiven(cite);

    private static string Source(string cite) => HasCite(cite) ? $" (Source: {cite}.)" : "";

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string PascalName(string title) =>
        string.Concat(title.Split(' ', '-', ',', '\'').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
