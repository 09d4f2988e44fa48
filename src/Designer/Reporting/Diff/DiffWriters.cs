using System.Globalization;
using System.Text;
using Designer.Diagnostics;
using Designer.Text;
using Designer.Rules;

namespace Designer.Reporting.Diff;

/// <summary>
/// The three forms of <c>designer diff</c>: text for a terminal, Markdown for a pull-request comment or a cover note,
/// and JSON (version 1, documented in docs/diff-output.md).
/// </summary>
public static class DiffWriters
{
    public static string Text(ProjectDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{CheckReport.DisplayPath(diff.OldPath)} → {CheckReport.DisplayPath(diff.NewPath)} ({Ids(diff)})\n");
        if (diff.Changes.Count == 0)
        {
            sb.Append("\nno change to the project's content\n");
        }
        foreach (var section in diff.Sections)
        {
            sb.Append('\n').Append(section).Append('\n');
            foreach (var c in diff.Changes.Where(c => c.Section == section))
            {
                sb.Append("  ").Append(Line(c)).Append('\n');
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"\nfindings: {diff.Count(FindingStatus.Resolved)} resolved, {diff.Count(FindingStatus.Introduced)} introduced, {diff.Count(FindingStatus.Open)} still open\n");
        foreach (var f in diff.Findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {StatusName(f.Status),-10} {f.Finding.Severity.ToName(),-7} {f.Finding.RuleId} {Where(f)}: {f.Finding.Message}\n");
        }
        if (ScoreLine(diff) is { } score)
        {
            sb.Append('\n').Append(score).Append('\n');
            foreach (var (id, before, after, max) in DimensionChanges(diff))
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {id}: {before}/{max} → {after}/{max}\n");
            }
        }
        return sb.ToString();
    }

    public static string Markdown(ProjectDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## Changes to {Ids(diff)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"From `{CheckReport.DisplayPath(diff.OldPath)}` to `{CheckReport.DisplayPath(diff.NewPath)}`.");
        if (ScoreLine(diff) is { } score)
        {
            sb.Append(' ').Append(char.ToUpperInvariant(score[0])).Append(score[1..]).Append('.');
        }
        sb.Append("\n\n");
        if (diff.Changes.Count == 0)
        {
            sb.Append("No change to the project's content.\n\n");
        }
        foreach (var section in diff.Sections)
        {
            sb.Append("### ").Append(section).Append("\n\n| | Where | Before | After |\n| --- | --- | --- | --- |\n");
            foreach (var c in diff.Changes.Where(c => c.Section == section))
            {
                var what = c.Kind switch
                {
                    DiffKind.Added => "added",
                    DiffKind.Removed => "removed",
                    DiffKind.Renamed => $"renamed from `{Cell(c.RenamedFrom)}`",
                    _ => "changed",
                };
                sb.Append(CultureInfo.InvariantCulture, $"| {what}{Cell(ItemsNote(c, ": ", ""))} | `{Cell(c.Path)}` | {Cell(c.Before)} | {Cell(c.After)} |\n");
            }
            sb.Append('\n');
        }
        sb.Append(CultureInfo.InvariantCulture, $"### Findings\n\n{diff.Count(FindingStatus.Resolved)} resolved, {diff.Count(FindingStatus.Introduced)} introduced, {diff.Count(FindingStatus.Open)} still open.\n\n");
        if (diff.Findings.Count > 0)
        {
            sb.Append("| Status | Severity | Rule | Line | Message |\n| --- | --- | --- | --- | --- |\n");
            foreach (var f in diff.Findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {StatusName(f.Status)} | {f.Finding.Severity.ToName()} | {f.Finding.RuleId} | {Where(f)} | {Cell(f.Finding.Message)} |\n");
            }
            sb.Append('\n');
        }
        var dims = DimensionChanges(diff).ToList();
        if (dims.Count > 0)
        {
            sb.Append("| Evaluability dimension | Before | After |\n| --- | --- | --- |\n");
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

    private static string Line(DiffChange c) => c.Kind switch
    {
        DiffKind.Added => $"+ {c.Path}" + (string.IsNullOrEmpty(c.After) ? "" : $": {c.After}"),
        DiffKind.Removed => $"- {c.Path}" + (string.IsNullOrEmpty(c.Before) ? "" : $": {c.Before}"),
        DiffKind.Renamed => $"~ {c.Path}: renamed from {c.RenamedFrom}",
        _ => $"~ {c.Path}: {c.Before} → {c.After}" + ItemsNote(c, " (", ")"),
    };

    /// <summary>For a changed list of plain values, which came and went: <c>+a, +b, −c</c>.</summary>
    private static string ItemsNote(DiffChange c, string open, string close)
    {
        var items = (c.ItemsAdded ?? []).Select(x => "+" + x).Concat((c.ItemsRemoved ?? []).Select(x => "−" + x)).ToList();
        return items.Count == 0 ? "" : open + string.Join(", ", items) + close;
    }

    private static string Where(FindingDelta f) => f.Status == FindingStatus.Resolved
        ? $"(old line {f.Finding.Span.Line})"
        : $"line {f.Finding.Span.Line}";

    public static string StatusName(FindingStatus status) => status switch
    {
        FindingStatus.Resolved => "resolved",
        FindingStatus.Introduced => "introduced",
        _ => "open",
    };

    private static string? ScoreLine(ProjectDiff diff)
    {
        if (diff.ScoreBefore is null && diff.ScoreAfter is null)
        {
            return null;
        }
        var before = diff.ScoreBefore?.Score;
        var after = diff.ScoreAfter?.Score;
        var delta = before is { } b && after is { } a ? a - b : (int?)null;
        var sign = delta is > 0 ? "+" : "";
        return $"evaluability: {before?.ToString(CultureInfo.InvariantCulture) ?? "—"} → {after?.ToString(CultureInfo.InvariantCulture) ?? "—"}"
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
