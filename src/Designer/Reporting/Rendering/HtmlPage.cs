using System.Net;
using System.Text;

namespace Designer.Reporting.Rendering;

/// <summary>A self-contained, printable HTML page: embedded CSS with A4 print rules, no script, no external asset.</summary>
internal static class HtmlPage
{
    public const string Css = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        :root { --ink: #1d232a; --muted: #5a6470; --rule: #c9d1da; --accent: #2f6db5; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: var(--ink); margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
        h1 { font-size: 17pt; margin: 0 0 6pt; color: var(--accent); }
        h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid var(--rule); padding-bottom: 2pt; }
        h3 { font-size: 11pt; margin: 10pt 0 3pt; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p, ul, ol { margin: 4pt 0; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0; table-layout: fixed; font-size: 8.5pt; }
        th, td { border: 1px solid var(--rule); padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
        th { background: #eef2f6; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: 4pt; }
        figure.diagram { margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
        figure.diagram svg { max-width: 100%; height: auto; font-family: inherit; }
        @page landscape { size: A4 landscape; margin: 14mm 12mm 14mm 12mm; }
        .landscape { page: landscape; }
        .logframe table:first-of-type th:nth-child(1) { width: 9%; }
        .logframe table:first-of-type th:nth-child(2) { width: 17%; }
        .logframe table:first-of-type th:nth-child(3) { width: 15%; }
        .logframe table:first-of-type th:nth-child(4) { width: 11%; }
        .logframe table:first-of-type th:nth-child(5) { width: 9%; }
        .logframe table:first-of-type th:nth-child(6) { width: 13%; }
        .logframe table:first-of-type th:nth-child(7) { width: 12%; }
        .logframe table:first-of-type th:nth-child(8) { width: 14%; }
        .me-plan th:first-child:nth-last-child(9) { width: 16%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(2) { width: 8%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(3) { width: 12%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(4) { width: 9%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(5) { width: 9%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(6) { width: 14%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(7) { width: 11%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(8) { width: 11%; }
        .me-plan th:first-child:nth-last-child(9) ~ th:nth-child(9) { width: 10%; }
        .me-plan th:first-child:nth-last-child(7) { width: 16%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(2) { width: 8%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(3) { width: 9%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(4) { width: 24%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(5) { width: 18%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(6) { width: 14%; }
        .me-plan th:first-child:nth-last-child(7) ~ th:nth-child(7) { width: 11%; }
        .me-plan th:first-child:nth-last-child(4) { width: 7%; }
        .me-plan th:first-child:nth-last-child(4) ~ th:nth-child(2) { width: 17%; }
        .me-plan th:first-child:nth-last-child(4) ~ th:nth-child(3) { width: 56%; }
        .me-plan th:first-child:nth-last-child(4) ~ th:nth-child(4) { width: 20%; }
        .indicator-sheets th:nth-child(1) { width: 24%; }
        .board-brief { font-size: 9pt; line-height: 1.2; }
        .board-brief h2 { font-size: 11.5pt; margin: 6pt 0 2pt; }
        .board-brief p, .board-brief ul { margin: 3pt 0; }
        .board-brief table { margin: 3pt 0; font-size: 8pt; }
        .board-brief th, .board-brief td { padding: 1.5pt 3pt; }
        .board-brief table th:first-child { width: 28%; }
        section.document + section.document { break-before: page; page-break-before: always; }
        .muted, footer { color: var(--muted); font-size: 8pt; }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
        """;

    /// <summary>A page of one or more documents in <paramref name="language"/> (its <c>lang</c>, for screen readers, hyphenation and spelling).</summary>
    public static string Wrap(string title, IEnumerable<string> sections, Localization.Language language = Localization.Language.English)
    {
        var sb = Head(title, null, language);
        foreach (var section in sections)
        {
            sb.Append("<section class=\"document\">\n").Append(section).Append("</section>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A page of several documents, each in a section with an id (<c>doc-ID</c>) after the front matter.</summary>
    public static string Wrap(string title, IEnumerable<(string Id, string Html)> sections, string frontMatter, string extraCss, Localization.Language language = Localization.Language.English)
    {
        var sb = Head(title, extraCss, language);
        sb.Append(frontMatter);
        foreach (var (id, html) in sections)
        {
            sb.Append("<section class=\"document\" id=\"doc-").Append(id).Append("\">\n").Append(html).Append("</section>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static StringBuilder Head(string title, string? extraCss, Localization.Language language)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Localization.Languages.Code(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>\n").Append(Css);
        if (extraCss is not null)
        {
            sb.Append('\n').Append(extraCss);
        }
        sb.Append("\n</style>\n</head>\n<body>\n");
        return sb;
    }
}
