using System.Globalization;
using System.Net;
using System.Text;
using Designer.Localization;
using Designer.Reporting.Rendering;

namespace Designer.Reporting.Portfolio;

/// <summary>
/// The portfolio as a self-contained HTML page (sortable and filterable with plain JavaScript), Markdown and CSV.
/// The page and the Markdown are written in one language, their words from the label dictionary (<c>portfolio.*</c>);
/// the CSV is for machines: its column names and its readiness values are stable English keys and its numbers are
/// written invariantly, whatever the language.
/// </summary>
public static class PortfolioWriters
{
    private static readonly string[] Columns = ["operation", "title", "country", "budget", "mif-share", "sectors", "errors", "warnings", "evaluability", "weakest", "readiness", "documents"];

    public static string Csv(PortfolioSummary portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var sb = new StringBuilder("operation,title,country,currency,budget,mif,mif_share,sectors,errors,warnings,info,evaluability,weakest_dimension,readiness,path,documents\n");
        foreach (var r in portfolio.Rows)
        {
            string[] cells =
            [
                r.Id, r.Title, r.Country, r.Currency, Raw(r.Budget), Raw(r.Mif), r.MifShare.ToString("0.####", CultureInfo.InvariantCulture),
                string.Join("; ", r.Sectors), Raw(r.Errors), Raw(r.Warnings), Raw(r.Infos), r.Score is { } s ? Raw(s) : "",
                r.WeakestDimension ?? "", r.Readiness, r.Path, r.Documents ?? "",
            ];
            sb.Append(string.Join(',', cells.Select(CsvCell))).Append('\n');
        }
        return sb.ToString();
    }

    public static string Markdown(PortfolioSummary portfolio, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var l = Labels.For(language);
        var sb = new StringBuilder();
        sb.Append("# ").Append(l.Text("portfolio.title")).Append("\n\n").Append(Intro(portfolio, l, Readiness(portfolio, l))).Append("\n\n");
        var columns = Columns.Select(c => l.Text("portfolio.column." + c)).ToList();
        sb.Append("## ").Append(l.Text("portfolio.proposals-heading")).Append("\n\n| ").Append(string.Join(" | ", columns)).Append(" |\n|").Append(string.Concat(columns.Select(_ => " --- |"))).Append('\n');
        foreach (var r in portfolio.Rows)
        {
            string[] cells =
            [
                r.Id, r.Title, r.Country, Amount(r.Budget, language), Percent(r.MifShare, language), string.Join(", ", r.Sectors), Raw(r.Errors), Raw(r.Warnings),
                r.Score is { } s ? Raw(s) : "—", r.WeakestDimension ?? "—", ReadinessWord(r.Readiness, l), r.Documents is null ? "—" : $"[{l.Text("portfolio.documents-link")}]({r.Documents})",
            ];
            sb.Append("| ").Append(string.Join(" | ", cells.Take(11).Select(MdCell).Append(cells[11]))).Append(" |\n");
        }
        sb.Append("\n## ").Append(l.Text("portfolio.by-country")).Append("\n\n");
        MdHeader(sb, l, "country", "proposals", "budget", "mif");
        foreach (var (country, projects, budget, mif) in portfolio.ByCountry)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {MdCell(country.Length == 0 ? "—" : country)} | {projects} | {Amount(budget, language)} | {Amount(mif, language)} |\n");
        }
        sb.Append("\n## ").Append(l.Text("portfolio.by-sector")).Append("\n\n").Append(l.Text("portfolio.by-sector-note")).Append("\n\n");
        MdHeader(sb, l, "sector", "proposals", "budget");
        foreach (var (sector, projects, budget) in portfolio.BySector)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {MdCell(sector)} | {projects} | {Amount(budget, language)} |\n");
        }
        sb.Append("\n## ").Append(l.Text("portfolio.frequent")).Append("\n\n").Append(l.Text("portfolio.frequent-note")).Append("\n\n");
        MdHeader(sb, l, "rule", "title", "severity", "proposals");
        foreach (var f in portfolio.FrequentFindings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {f.RuleId} | {MdCell(f.Title)} | {SeverityWord(f.Severity, l)} | {f.Projects} |\n");
        }
        return sb.ToString();
    }

    public static string Html(PortfolioSummary portfolio, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var l = Labels.For(language);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        sb.Append("<title>").Append(L(l, "portfolio.title")).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(L(l, "portfolio.title")).Append("</h1>\n<p>").Append(Text(Intro(portfolio, l, Readiness(portfolio, l)))).Append("</p>\n");
        sb.Append("<p><label>").Append(L(l, "portfolio.filter")).Append(" <input id=\"filter\" type=\"search\" placeholder=\"").Append(Attr(l.Text("portfolio.filter-placeholder"))).Append("\"></label> <span id=\"shown\"></span></p>\n");
        sb.Append("<table id=\"proposals\">\n<thead><tr>");
        for (var i = 0; i < Columns.Length; i++)
        {
            var numeric = i is 3 or 4 or 6 or 7 or 8;
            sb.Append(CultureInfo.InvariantCulture, $"<th data-type=\"{(numeric ? "number" : "text")}\"><button type=\"button\">{L(l, "portfolio.column." + Columns[i])}</button></th>");
        }
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var r in portfolio.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr class=\"{r.Readiness.Replace(' ', '-')}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<td>{E(r.Id)}</td><td>{E(r.Title)}</td><td>{E(r.Country)}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td data-value=\"{Raw(r.Budget)}\">{E(r.Currency)} {Amount(r.Budget, language)}</td><td data-value=\"{r.MifShare.ToString("0.####", CultureInfo.InvariantCulture)}\">{Percent(r.MifShare, language)}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td>{E(string.Join(", ", r.Sectors))}</td><td data-value=\"{r.Errors}\">{r.Errors}</td><td data-value=\"{r.Warnings}\">{r.Warnings}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td data-value=\"{(r.Score is { } s ? Raw(s) : "-1")}\">{(r.Score is { } t ? Raw(t) : "—")}</td><td>{E(r.WeakestDimension ?? "—")}</td><td>{Text(ReadinessWord(r.Readiness, l))}</td>");
            sb.Append(r.Documents is null ? "<td>—</td>" : $"<td><a href=\"{E(r.Documents)}\">{L(l, "portfolio.documents-link")}</a></td>").Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        sb.Append("<h2>").Append(L(l, "portfolio.by-country")).Append("</h2>\n<table>\n");
        HtmlHeader(sb, l, "country", "proposals", "budget", "mif");
        foreach (var (country, projects, budget, mif) in portfolio.ByCountry)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(country.Length == 0 ? "—" : country)}</td><td>{projects}</td><td>{Amount(budget, language)}</td><td>{Amount(mif, language)}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<h2>").Append(L(l, "portfolio.by-sector")).Append("</h2>\n<p class=\"muted\">").Append(L(l, "portfolio.by-sector-note")).Append("</p>\n<table>\n");
        HtmlHeader(sb, l, "sector", "proposals", "budget");
        foreach (var (sector, projects, budget) in portfolio.BySector)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(sector)}</td><td>{projects}</td><td>{Amount(budget, language)}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<h2>").Append(L(l, "portfolio.frequent")).Append("</h2>\n<p class=\"muted\">").Append(L(l, "portfolio.frequent-note")).Append("</p>\n<table>\n");
        HtmlHeader(sb, l, "rule", "title", "severity", "proposals");
        foreach (var f in portfolio.FrequentFindings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(f.RuleId)}</td><td>{E(f.Title)}</td><td>{Text(SeverityWord(f.Severity, l))}</td><td>{f.Projects}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<script>\n").Append(Script.Replace(ShownHole, Shown(l), StringComparison.Ordinal)).Append("\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void MdHeader(StringBuilder sb, Labels l, params string[] columns) =>
        sb.Append("| ").Append(string.Join(" | ", columns.Select(c => l.Text("portfolio.column." + c)))).Append(" |\n|").Append(string.Concat(columns.Select(_ => " --- |"))).Append('\n');

    private static void HtmlHeader(StringBuilder sb, Labels l, params string[] columns) =>
        sb.Append("<thead><tr>").Append(string.Concat(columns.Select(c => "<th>" + L(l, "portfolio.column." + c) + "</th>"))).Append("</tr></thead>\n<tbody>\n");

    private const string Css = """
        body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1d232a; margin: 1.5em; }
        h1 { color: #2f6db5; }
        table { border-collapse: collapse; margin: 6pt 0; }
        th, td { border: 1px solid #c9d1da; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        th button { font: inherit; font-weight: bold; border: 0; background: none; cursor: pointer; padding: 0; }
        th[aria-sort="ascending"] button::after { content: " ▲"; }
        th[aria-sort="descending"] button::after { content: " ▼"; }
        tr.blocked td:nth-child(11), tr.not-checked td:nth-child(11) { color: #b42318; font-weight: bold; }
        tr.ready td:nth-child(11) { color: #1a7f37; }
        .muted { color: #5a6470; }
        """;

    // Sorting by a column's data-value (numbers) or text; filtering by any cell's text. No library, no network.
    private const string Script = """
        (function () {
          var table = document.getElementById('proposals');
          var body = table.tBodies[0];
          var filter = document.getElementById('filter');
          var shown = document.getElementById('shown');
          function key(row, i, numeric) {
            var cell = row.cells[i];
            return numeric ? parseFloat(cell.getAttribute('data-value')) : cell.textContent.toLowerCase();
          }
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
            th.querySelector('button').addEventListener('click', function () {
              var numeric = th.getAttribute('data-type') === 'number';
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a, i, numeric), y = key(b, i, numeric);
                var c = x < y ? -1 : x > y ? 1 : 0;
                return ascending ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
          function apply() {
            var words = filter.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
            var count = 0;
            Array.prototype.forEach.call(body.rows, function (r) {
              var text = r.textContent.toLowerCase();
              var match = words.every(function (w) { return text.indexOf(w) >= 0; });
              r.hidden = !match;
              if (match) { count++; }
            });
            shown.textContent = SHOWN;
          }
          filter.addEventListener('input', apply);
          apply();
        })();
        """;

    // Where the script writes how many rows the filter shows: replaced by the words of the language.
    private const string ShownHole = "SHOWN";

    private static string Intro(PortfolioSummary p, Labels l, string readiness) => l.Text("portfolio.intro",
        ("proposals", l.Plural("portfolio.proposals", p.Rows.Count)),
        ("budget", Amount(p.Rows.Sum(r => r.Budget), l.Language)),
        ("mif", Amount(p.Rows.Sum(r => r.Mif), l.Language)),
        ("readiness", readiness));

    private static string Readiness(PortfolioSummary p, Labels l) => string.Join(", ",
        new[] { PortfolioSummary.Ready, PortfolioSummary.Revise, PortfolioSummary.Blocked, PortfolioSummary.NotChecked }
            .Select(r => (r, p.Rows.Count(x => x.Readiness == r)))
            .Where(x => x.Item2 > 0)
            .Select(x => l.Plural("portfolio.count." + Key(x.r), x.Item2)));

    private static string ReadinessWord(string readiness, Labels l) => l.Text("portfolio.readiness." + Key(readiness));

    private static string Key(string readiness) => readiness.Replace(' ', '-');

    private static string SeverityWord(string severity, Labels l) =>
        l.Has("severity-word." + severity) ? l.Text("severity-word." + severity) : severity;

    /// <summary>
    /// The script's expression for "3 of 5 shown" in the language: the label's text pieces as JavaScript strings and
    /// its holes as the script's counts (<c>count + ' of ' + body.rows.length + ' shown'</c> in English).
    /// </summary>
    private static string Shown(Labels l)
    {
        const char Mark = '\u0001';
        var text = l.Text("portfolio.shown", ("shown", Mark + "count" + Mark), ("total", Mark + "body.rows.length" + Mark));
        var parts = text.Split(Mark).Select((part, i) => i % 2 == 1 ? part : part.Length == 0 ? null : JsString(part));
        return string.Join(" + ", parts.Where(p => p is not null));
    }

    // A JavaScript string in single quotes that cannot end the string, the line or the script element early.
    private static string JsString(string text) => "'" + text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("<", "\\x3c", StringComparison.Ordinal) + "'";

    private static string Amount(double value, Language language) => NumberFormats.Format(value, "#,0", language);

    private static string Percent(double share, Language language) => NumberFormats.Format(share, "0.0%", language);

    private static string Raw(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Raw(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // A label as HTML text: the dictionary's words escaped where HTML needs it (an apostrophe stays as written).
    private static string L(Labels l, string key) => Text(l.Text(key));

    private static string Text(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Attr(string text) => Text(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string MdCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    // A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
    private static string CsvCell(string text) => CsvQuote(text.Length > 0 && text[0] is '=' or '+' or '@' or '-' && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + text : text);

    private static string CsvQuote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text.StartsWith(' ') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
