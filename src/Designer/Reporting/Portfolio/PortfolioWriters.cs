using System.Globalization;
using System.Net;
using System.Text;

namespace Designer.Reporting.Portfolio;

/// <summary>The portfolio as a self-contained HTML page (sortable and filterable with plain JavaScript), Markdown and CSV.</summary>
public static class PortfolioWriters
{
    private static readonly string[] Columns = ["Operation", "Title", "Country", "Budget", "MIF share", "Sectors", "Errors", "Warnings", "Evaluability", "Weakest dimension", "Readiness", "Documents"];

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

    public static string Markdown(PortfolioSummary portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Portfolio\n\n{Count(portfolio.Rows.Count, "proposal")}, {Amount(portfolio.Rows.Sum(r => r.Budget))} in all, {Amount(portfolio.Rows.Sum(r => r.Mif))} from the MIF. Readiness: {Readiness(portfolio)}.\n\n");
        sb.Append("## Proposals\n\n| ").Append(string.Join(" | ", Columns)).Append(" |\n|").Append(string.Concat(Columns.Select(_ => " --- |"))).Append('\n');
        foreach (var r in portfolio.Rows)
        {
            string[] cells =
            [
                r.Id, r.Title, r.Country, Amount(r.Budget), Percent(r.MifShare), string.Join(", ", r.Sectors), Raw(r.Errors), Raw(r.Warnings),
                r.Score is { } s ? Raw(s) : "—", r.WeakestDimension ?? "—", r.Readiness, r.Documents is null ? "—" : $"[documents]({r.Documents})",
            ];
            sb.Append("| ").Append(string.Join(" | ", cells.Take(11).Select(MdCell).Append(cells[11]))).Append(" |\n");
        }
        sb.Append("\n## Budget by country\n\n| Country | Proposals | Budget | MIF |\n| --- | --- | --- | --- |\n");
        foreach (var (country, projects, budget, mif) in portfolio.ByCountry)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {MdCell(country.Length == 0 ? "—" : country)} | {projects} | {Amount(budget)} | {Amount(mif)} |\n");
        }
        sb.Append("\n## Budget by sector\n\nA proposal's budget is split evenly among its sectors.\n\n| Sector | Proposals | Budget |\n| --- | --- | --- |\n");
        foreach (var (sector, projects, budget) in portfolio.BySector)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {MdCell(sector)} | {projects} | {Amount(budget)} |\n");
        }
        sb.Append("\n## Most frequent findings\n\nThe lessons the proposals most often miss: each rule with the number of proposals it found something in.\n\n| Rule | Title | Severity | Proposals |\n| --- | --- | --- | --- |\n");
        foreach (var f in portfolio.FrequentFindings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {f.RuleId} | {MdCell(f.Title)} | {f.Severity} | {f.Projects} |\n");
        }
        return sb.ToString();
    }

    public static string Html(PortfolioSummary portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        sb.Append("<title>Portfolio</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>Portfolio</h1>\n<p>{Count(portfolio.Rows.Count, "proposal")}, {Amount(portfolio.Rows.Sum(r => r.Budget))} in all, {Amount(portfolio.Rows.Sum(r => r.Mif))} from the MIF. Readiness: {E(Readiness(portfolio))}.</p>\n");
        sb.Append("<p><label>Filter <input id=\"filter\" type=\"search\" placeholder=\"country, sector, rule, readiness…\"></label> <span id=\"shown\"></span></p>\n");
        sb.Append("<table id=\"proposals\">\n<thead><tr>");
        for (var i = 0; i < Columns.Length; i++)
        {
            var numeric = i is 3 or 4 or 6 or 7 or 8;
            sb.Append(CultureInfo.InvariantCulture, $"<th data-type=\"{(numeric ? "number" : "text")}\"><button type=\"button\">{E(Columns[i])}</button></th>");
        }
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var r in portfolio.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr class=\"{r.Readiness.Replace(' ', '-')}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<td>{E(r.Id)}</td><td>{E(r.Title)}</td><td>{E(r.Country)}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td data-value=\"{Raw(r.Budget)}\">{E(r.Currency)} {Amount(r.Budget)}</td><td data-value=\"{r.MifShare.ToString("0.####", CultureInfo.InvariantCulture)}\">{Percent(r.MifShare)}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td>{E(string.Join(", ", r.Sectors))}</td><td data-value=\"{r.Errors}\">{r.Errors}</td><td data-value=\"{r.Warnings}\">{r.Warnings}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td data-value=\"{(r.Score is { } s ? Raw(s) : "-1")}\">{(r.Score is { } t ? Raw(t) : "—")}</td><td>{E(r.WeakestDimension ?? "—")}</td><td>{E(r.Readiness)}</td>");
            sb.Append(r.Documents is null ? "<td>—</td>" : $"<td><a href=\"{E(r.Documents)}\">documents</a></td>").Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        sb.Append("<h2>Budget by country</h2>\n<table>\n<thead><tr><th>Country</th><th>Proposals</th><th>Budget</th><th>MIF</th></tr></thead>\n<tbody>\n");
        foreach (var (country, projects, budget, mif) in portfolio.ByCountry)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(country.Length == 0 ? "—" : country)}</td><td>{projects}</td><td>{Amount(budget)}</td><td>{Amount(mif)}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<h2>Budget by sector</h2>\n<p class=\"muted\">A proposal's budget is split evenly among its sectors.</p>\n<table>\n<thead><tr><th>Sector</th><th>Proposals</th><th>Budget</th></tr></thead>\n<tbody>\n");
        foreach (var (sector, projects, budget) in portfolio.BySector)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(sector)}</td><td>{projects}</td><td>{Amount(budget)}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<h2>Most frequent findings</h2>\n<p class=\"muted\">The lessons the proposals most often miss: each rule with the number of proposals it found something in.</p>\n<table>\n<thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th>Proposals</th></tr></thead>\n<tbody>\n");
        foreach (var f in portfolio.FrequentFindings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(f.RuleId)}</td><td>{E(f.Title)}</td><td>{E(f.Severity)}</td><td>{f.Projects}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<script>\n").Append(Script).Append("\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

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
            shown.textContent = count + ' of ' + body.rows.length + ' shown';
          }
          filter.addEventListener('input', apply);
          apply();
        })();
        """;

    private static string Readiness(PortfolioSummary p) => string.Join(", ",
        new[] { PortfolioSummary.Ready, PortfolioSummary.Revise, PortfolioSummary.Blocked, PortfolioSummary.NotChecked }
            .Select(r => (r, p.Rows.Count(x => x.Readiness == r)))
            .Where(x => x.Item2 > 0)
            .Select(x => $"{x.Item2} {x.r}"));

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Amount(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Raw(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Raw(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string MdCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    // A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
    private static string CsvCell(string text) => CsvQuote(text.Length > 0 && text[0] is '=' or '+' or '@' or '-' && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + text : text);

    private static string CsvQuote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text.StartsWith(' ') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
