namespace Designer.Reporting.Rendering;

/// <summary>The documents Designer renders, in the order a reader meets them.</summary>
public static class DocumentKinds
{
    public static readonly IReadOnlyList<(string Id, string Title)> All =
    [
        ("board-brief", "Board brief"),
        ("logframe", "Logical framework"),
        ("me-plan", "Monitoring and evaluation plan"),
        ("indicator-sheets", "Indicator reference sheets"),
        ("review", "Design review"),
    ];

    /// <summary>Whether the document prints on landscape pages (its tables are too wide for portrait).</summary>
    public static bool IsLandscape(string id) => id is "logframe" or "me-plan";

    /// <summary>Whether the page's style sheet weights the columns of the document's tables (by a class named after it).</summary>
    public static bool HasOwnColumnWidths(string id) => IsLandscape(id) || id is "indicator-sheets";

    public static bool IsKnown(string id) => All.Any(d => d.Id == id);
}
