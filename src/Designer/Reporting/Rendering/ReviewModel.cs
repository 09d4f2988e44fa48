using Designer.Diagnostics;
using Designer.Rules;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The findings as the review and the brief see them: counts and a verdict; the active findings by severity
/// (errors, then warnings, then information) and within each by area with its display name; and, for the
/// appendix the design team reads, each finding's position in the file, rule id and how to fix it.
/// </summary>
internal static class ReviewModel
{
    private static readonly (Severity Severity, string Heading)[] Groups =
    [
        (Severity.Error, "review.errors-heading"),
        (Severity.Warning, "review.warnings-heading"),
        (Severity.Info, "review.infos-heading"),
    ];

    public static ScriptObject Build(IReadOnlyList<Finding> findings, int placeholders, IReadOnlyDictionary<string, string> names, Labels? labels = null)
    {
        labels ??= Labels.English;
        ScriptObject ToObject(Finding f) => ReviewModel.ToObject(f, names, labels);
        var active = findings.Where(f => !f.Suppressed).ToList();
        var areas = new ScriptArray(active
            .GroupBy(f => f.Area)
            .OrderBy(g => g.Min(f => f.Severity) == Severity.Error ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject
            {
                ["name"] = MarkdownText.Escape(AreaNames.Of(g.Key, labels)),
                ["findings"] = new ScriptArray(g.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).Select(ToObject)),
            }));
        var bySeverity = new ScriptArray(Groups
            .Where(s => active.Any(f => f.Severity == s.Severity))
            .Select(s => new ScriptObject
            {
                ["severity"] = s.Severity.ToName(),
                ["heading"] = labels.Text(s.Heading),
                ["areas"] = new ScriptArray(active
                    .Where(f => f.Severity == s.Severity)
                    .GroupBy(f => AreaNames.Of(f.Area, labels))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new ScriptObject
                    {
                        ["name"] = MarkdownText.Escape(g.Key),
                        ["findings"] = new ScriptArray(g.OrderBy(f => f.Span.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal).Select(ToObject)),
                    })),
            }));
        var appendix = new ScriptArray(active
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(ToObject));
        var errors = active.Count(f => f.Severity == Severity.Error);
        var warnings = active.Count(f => f.Severity == Severity.Warning);
        var infos = active.Count(f => f.Severity == Severity.Info);
        return new ScriptObject
        {
            ["areas"] = areas,
            ["by_severity"] = bySeverity,
            ["appendix"] = appendix,
            ["suppressed"] = new ScriptArray(findings.Where(f => f.Suppressed).Select(ToObject)),
            ["errors"] = errors,
            ["warnings"] = warnings,
            ["infos"] = infos,
            ["placeholders"] = placeholders,
            ["verdict"] = errors > 0
                ? labels.Text("verdict.errors")
                : placeholders > 0 ? labels.Plural("verdict.placeholders", placeholders)
                : warnings > 0 ? labels.Text("verdict.warnings") : labels.Text("verdict.ready"),
        };
    }

    private static ScriptObject ToObject(Finding f, IReadOnlyDictionary<string, string> names, Labels labels) => new()
    {
        ["rule"] = f.RuleId,
        ["title"] = MarkdownText.EscapeProse(f.Title),
        ["severity"] = f.Severity.ToName(),
        ["severity_name"] = labels.Text(f.Severity switch { Severity.Error => "severity.error", Severity.Warning => "severity.warning", _ => "severity.info" }),
        ["message"] = MarkdownText.EscapeWithCode(f.Message),
        ["plain"] = FindingWords.Plain(f.Message, names),
        ["lesson"] = MarkdownText.EscapeProse(f.Lesson),
        ["cite"] = Citation.IsGiven(f.Cite) ? MarkdownText.Escape(f.Cite) : "",
        ["help"] = f.Help is null ? null : MarkdownText.EscapeWithCode(f.Help),
        ["line"] = f.Span.Line,
        ["position"] = MarkdownText.Escape($"{Path.GetFileName(f.Span.File)}:{f.Span.Line}:{f.Span.Column}"),
        ["area_name"] = MarkdownText.Escape(AreaNames.Of(f.Area, labels)),
        ["element"] = f.Element is null ? null : MarkdownText.Escape(f.Element),
        ["reason"] = f.SuppressedBecause is null ? null : MarkdownText.Escape(f.SuppressedBecause),
    };
}
