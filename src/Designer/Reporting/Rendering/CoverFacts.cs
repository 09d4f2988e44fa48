using Designer.Expressions.Runtime;
using Designer.Projects;

namespace Designer.Reporting.Rendering;

/// <summary>
/// What the cover of the combined documents names: read from the project as written (not Markdown-escaped), its
/// control characters shown as escapes, as in the documents.
/// </summary>
internal sealed record CoverFacts(string Title, string OperationNumber, string? Country, DateOnly Date, string ToolVersion)
{
    /// <summary>The words of the cover and the contents, in the documents' language.</summary>
    public Labels Labels { get; init; } = Labels.English;

    public static CoverFacts From(Project project, DateOnly date, string toolVersion)
    {
        string? Text(string key) =>
            project.Root.TryGet("project", out var p) && p.Kind == ValueKind.Map && p.AsMap.TryGet(key, out var v) && v.Kind == ValueKind.String && v.AsString.Trim().Length > 0
                ? Designer.Text.ControlCharacters.Escape(v.AsString.Trim())
                : null;
        return new CoverFacts(Text("title") ?? project.Id, project.Id, Text("country"), date, toolVersion);
    }

    /// <summary>The date as a reader writes it: 1 March 2027 (es 1 de marzo de 2027).</summary>
    public string DateText => Localization.NumberFormats.LongDate(Date, Labels.Language);
}
