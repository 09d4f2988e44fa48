using Designer.Localization;

namespace Designer.Cli.Serve;

/// <summary>
/// What the preview page shows at one moment: a version number that grows with every change, the version of the last
/// good render, the findings panel and the documents of that render, and the banner of the last save that could not be
/// loaded (or null), and the language the page's own words are in.
/// </summary>
internal sealed record PreviewState(int Version, int DocumentsVersion, string Panel, IReadOnlyDictionary<string, string> Documents, string? Banner, Language Language = Language.English);
