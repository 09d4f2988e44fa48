using System.Net;
using System.Text;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The combined page of all the documents, made to be printed: a cover, a table of contents, each document on
/// a new page, and "page X of Y" at the foot of every page after the cover (CSS page margin boxes).
/// </summary>
internal static class CombinedPage
{
    /// <summary>The print rules of the combined page, its "page X of Y" in the documents' language.</summary>
    public static string PrintCss(Labels labels) =>
        $$"""
        @page { @bottom-right { content: {{PageNumber.CssContent(labels)}}; font-size: 8pt; color: #5a6470; } }
        """ + "\n" + Rules;

    private const string Rules = """
        @page :first { @bottom-right { content: none; } }
        section.cover { break-after: page; page-break-after: always; padding-top: 60mm; }
        section.cover h1 { font-size: 24pt; margin-bottom: 12pt; }
        section.cover dl { display: grid; grid-template-columns: 45mm auto; row-gap: 4pt; font-size: 11pt; margin-top: 18pt; }
        section.cover dt { color: var(--muted); }
        section.cover dd { margin: 0; }
        nav.contents { break-after: page; page-break-after: always; }
        nav.contents ol { font-size: 11pt; line-height: 1.8; }
        nav.contents .page { float: right; color: var(--muted); }
        """;

    /// <param name="facts">What the cover names.</param>
    /// <param name="documents">Each document: its id, title and HTML fragment, in reading order.</param>
    /// <param name="startPages">The page each document starts on, when known (the printer measured them); null leaves the numbers out.</param>
    public static string Build(CoverFacts facts, IReadOnlyList<(string Id, string Title, string Html)> documents, IReadOnlyList<int>? startPages = null)
    {
        var sb = new StringBuilder();
        sb.Append("<section class=\"cover\">\n<h1>").Append(Encode(facts.Title)).Append("</h1>\n<dl>\n");
        var labels = facts.Labels;
        Row(sb, labels.Text("cover.operation-number"), facts.OperationNumber);
        Row(sb, labels.Text("cover.country"), facts.Country ?? labels.Text("value.not-stated"));
        Row(sb, labels.Text("cover.documents"), labels.Text("cover.documents-list"));
        Row(sb, labels.Text("cover.version"), labels.Text("cover.version-text", ("date", facts.DateText), ("version", facts.ToolVersion)));
        sb.Append("</dl>\n</section>\n");
        sb.Append("<nav class=\"contents\">\n<h2>").Append(Encode(labels.Text("cover.contents"))).Append("</h2>\n<ol>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var (id, title, _) = documents[i];
            sb.Append("<li><a href=\"#doc-").Append(id).Append("\">").Append(Encode(title)).Append("</a>");
            if (startPages is not null && i < startPages.Count)
            {
                sb.Append("<span class=\"page\">").Append(startPages[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</span>");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</nav>\n");
        return HtmlPage.Wrap(labels.Text("cover.page-title", ("id", facts.OperationNumber)), documents.Select(d => (d.Id, d.Html)), sb.ToString(), PrintCss(labels), labels.Language);
    }

    private static void Row(StringBuilder sb, string term, string value) =>
        sb.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
