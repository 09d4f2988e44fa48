using System.Globalization;
using System.Text;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Text;
using Designer.Rules;

namespace Designer.Reporting.Diff;

/// <summary>
/// The three forms of <c>designer diff</c>: text for a terminal, Markdown for a pull-request comment or a cover note,
/// and JSON (version 1, documented in docs/diff-output.md). Text and Markdown are worded in a language from the
/// message catalog (<c>diff.*</c>); paths, section names, rule ids and dimension ids are the project's and the
/// pack's own keys, and JSON keeps its English keys and values (only the findings' messages follow the language).
/// </summary>
public static class DiffWriters
{
    public static string Text(ProjectDiff diff, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{CheckReport.DisplayPath(diff.OldPath)} → {CheckReport.DisplayPath(diff.NewPath)} ({Ids(diff)})\n");
        if (diff.Changes.Count == 0)
        {
            sb.Append('\n').Append(Words(language, "diff.no-change")).Append('\n');
        }
        foreach (var section in diff.Sections)
        {
            sb.Append('\n').Append(section).Append('\n');
            foreach (var c in diff.Changes.Where(c => c.Section == section))
            {
                sb.Append("  ").Append(Line(c, language)).Append('\n');
            }
        }
        sb.Append('\n').Append(Counts(diff, language, "diff.findings-line")).Append('\n');
        // Each column as wide as its longest word in the language, so the rule ids line up.
        var statusWidth = Enum.GetValues<FindingStatus>().Max(s => StatusWord(s, language).Length);
        var severityWidth = Enum.GetValues<Severity>().Max(s => SeverityWord(s, language).Length);
        foreach (var f in diff.Findings)
        {
            sb.Append("  ").Append(StatusWord(f.Status, language).PadRight(statusWidth)).Append(' ').Append(SeverityWord(f.Finding.Severity, language).PadRight(severityWidth))
                .Append(CultureInfo.InvariantCulture, $" {f.Finding.RuleId} {Where(f, language)}: {f.Finding.Message}\n");
        }
        if (ScoreLine(diff, language) is { } score)
        {
            sb.Append('\n').Append(score).Append('\n');
            foreach (var (id, before, after, max) in DimensionChanges(diff))
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {id}: {before}/{max} → {after}/{max}\n");
            }
        }
        return sb.ToString();
    }

    public static string Markdown(ProjectDiff diff, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var sb = new StringBuilder();
        sb.Append("## ").Append(Words(language, "diff.changes-to", ("project", Ids(diff)))).Append("\n\n");
        sb.Append(Words(language, "diff.from-to", ("old", $"`{CheckReport.DisplayPath(diff.OldPath)}`"), ("new", $"`{CheckReport.DisplayPath(diff.NewPath)}`")));
        if (ScoreLine(diff, language) is { } score)
        {
            sb.Append(' ').Append(char.ToUpperInvariant(score[0])).Append(score[1..]).Append('.');
        }
        sb.Append("\n\n");
        if (diff.Changes.Count == 0)
        {
            sb.Append(Words(language, "diff.no-change-sentence")).Append("\n\n");
        }
        foreach (var section in diff.Sections)
        {
            sb.Append("### ").Append(section).Append("\n\n");
            Header(sb, "", Words(language, "diff.where"), Words(language, "diff.before"), Words(language, "diff.after"));
            foreach (var c in diff.Changes.Where(c => c.Section == section))
            {
                var what = c.Kind switch
                {
                    DiffKind.Added => Words(language, "diff.added"),
                    DiffKind.Removed => Words(language, "diff.removed"),
                    DiffKind.Renamed => Words(language, "diff.renamed-from", ("old", $"`{Cell(c.RenamedFrom)}`")),
                    _ => Words(language, "diff.changed"),
                };
                sb.Append(CultureInfo.InvariantCulture, $"| {what}{Cell(ItemsNote(c, ": ", ""))} | `{Cell(c.Path)}` | {Cell(c.Before)} | {Cell(c.After)} |\n");
            }
            sb.Append('\n');
        }
        sb.Append("### ").Append(Words(language, "diff.findings-heading")).Append("\n\n").Append(Counts(diff, language, "diff.findings-sentence")).Append("\n\n");
        if (diff.Findings.Count > 0)
        {
            Header(sb, Words(language, "diff.status"), Words(language, "diff.severity"), Words(language, "diff.rule"), Words(language, "diff.line-heading"), Words(language, "diff.message"));
            foreach (var f in diff.Findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {StatusWord(f.Status, language)} | {SeverityWord(f.Finding.Severity, language)} | {f.Finding.RuleId} | {Where(f, language)} | {Cell(f.Finding.Message)} |\n");
            }
            sb.Append('\n');
        }
        var dims = DimensionChanges(diff).ToList();
        if (dims.Count > 0)
        {
            Header(sb, Words(language, "diff.dimension"), Words(language, "diff.before"), Words(language, "diff.after"));
            foreach (var (id, before, after, max) in dims)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {id} | {before}/{max} | {after}/{max} |\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string Json(ProjectDiff diff, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("tool", "designer " + toolVersion);
            foreach (var (name, path, id, score) in new[] { ("old", diff.OldPath, diff.OldId, diff.ScoreBefore), ("new", diff.NewPath, diff.NewId, diff.ScoreAfter) })
            {
                w.WriteStartObject(name);
                w.WriteString("path", CheckReport.DisplayPath(path));
                w.WriteString("project", id);
                if (score is null)
                {
                    w.WriteNull("evaluability");
                }
                else
                {
                    w.WriteNumber("evaluability", score.Score);
                }
                w.WriteEndObject();
            }
            w.WriteStartArray("changes");
            foreach (var c in diff.Changes)
            {
                w.WriteStartObject();
                w.WriteString("section", c.Section);
                w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
                w.WriteString("path", c.Path);
                WriteNullable(w, "before", c.Before);
                WriteNullable(w, "after", c.After);
                WriteNullable(w, "renamedFrom", c.RenamedFrom);
                WriteList(w, "itemsAdded", c.ItemsAdded);
                WriteList(w, "itemsRemoved", c.ItemsRemoved);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in diff.Findings)
            {
                w.WriteStartObject();
                w.WriteString("status", StatusName(f.Status));
                w.WriteString("rule", f.Finding.RuleId);
                w.WriteString("severity", f.Finding.Severity.ToName());
                w.WriteString("message", f.Finding.Message);
                w.WriteNumber("line", f.Finding.Span.Line);
                w.WriteNumber("column", f.Finding.Span.Column);
                WriteNullable(w, "element", f.Finding.Element);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("dimensions");
            foreach (var (id, before, after, max) in DimensionChanges(diff, all: true))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteNumber("before", before);
                w.WriteNumber("after", after);
                w.WriteNumber("max", max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("changes", diff.Changes.Count);
            w.WriteNumber("resolved", diff.Count(FindingStatus.Resolved));
            w.WriteNumber("introduced", diff.Count(FindingStatus.Introduced));
            w.WriteNumber("open", diff.Count(FindingStatus.Open));
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static string Ids(ProjectDiff diff) => diff.OldId == diff.NewId ? diff.NewId : $"{diff.OldId} → {diff.NewId}";

    private static string Words(Language language, string key, params (string Name, object? Value)[] args) => Localizer.Text(language, key, args);

    /// <summary>A Markdown table's header row and its rule; an empty heading leaves its cell blank (<c>| |</c>).</summary>
    private static void Header(StringBuilder sb, params string[] headings) =>
        sb.Append('|').Append(string.Concat(headings.Select(h => h.Length == 0 ? " |" : $" {Cell(h)} |"))).Append("\n|").Append(string.Concat(headings.Select(_ => " --- |"))).Append('\n');

    private static string Counts(ProjectDiff diff, Language language, string key) => Words(language, key,
        ("resolved", diff.Count(FindingStatus.Resolved)), ("introduced", diff.Count(FindingStatus.Introduced)), ("open", diff.Count(FindingStatus.Open)));

    private static string StatusWord(FindingStatus status, Language language) => Words(language, "diff.status." + StatusName(status));

    private static string SeverityWord(Severity severity, Language language) => Words(language, "diff.severity." + severity.ToName());

    private static string Line(DiffChange c, Language language) => c.Kind switch
    {
        DiffKind.Added => $"+ {c.Path}" + (string.IsNullOrEmpty(c.After) ? "" : $": {c.After}"),
        DiffKind.Removed => $"- {c.Path}" + (string.IsNullOrEmpty(c.Before) ? "" : $": {c.Before}"),
        DiffKind.Renamed => $"~ {c.Path}: " + Words(language, "diff.renamed-from", ("old", c.RenamedFrom)),
        _ => $"~ {c.Path}: {c.Before} → {c.After}" + ItemsNote(c, " (", ")"),
    };

    /// <summary>For a changed list of plain values, which came and went: <c>+a, +b, −c</c>.</summary>
    private static string ItemsNote(DiffChange c, string open, string close)
    {
        var items = (c.ItemsAdded ?? []).Select(x => "+" + x).Concat((c.ItemsRemoved ?? []).Select(x => "−" + x)).ToList();
        return items.Count == 0 ? "" : open + string.Join(", ", items) + close;
    }

    private static string Where(FindingDelta f, Language language) =>
        Words(language, f.Status == FindingStatus.Resolved ? "diff.old-line" : "diff.line", ("line", f.Finding.Span.Line));

    public static string StatusName(FindingStatus status) => status switch
    {
        FindingStatus.Resolved => "resolved",
        FindingStatus.Introduced => "introduced",
        _ => "open",
    };

    private static string? ScoreLine(ProjectDiff diff, Language language)
    {
        if (diff.ScoreBefore is null && diff.ScoreAfter is null)
        {
            return null;
        }
        var before = diff.ScoreBefore?.Score;
        var after = diff.ScoreAfter?.Score;
        var delta = before is { } b && after is { } a ? a - b : (int?)null;
        var sign = delta is > 0 ? "+" : "";
        return $"{Words(language, "diff.evaluability")}: {before?.ToString(CultureInfo.InvariantCulture) ?? "—"} → {after?.ToString(CultureInfo.InvariantCulture) ?? "—"}"
            + (delta is { } d ? $" ({sign}{d.ToString(CultureInfo.InvariantCulture)})" : "");
    }

    private static IEnumerable<(string Id, int Before, int After, int Max)> DimensionChanges(ProjectDiff diff, bool all = false)
    {
        if (diff.ScoreBefore is null || diff.ScoreAfter is null)
        {
            yield break;
        }
        foreach (var d in diff.ScoreAfter.Dimensions)
        {
            var old = diff.ScoreBefore.Dimensions.FirstOrDefault(x => x.Id == d.Id);
            var before = old?.Score ?? 0;
            if (all || before != d.Score)
            {
                yield return (d.Id, before, d.Score, d.Max);
            }
        }
    }

    private static void WriteList(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
