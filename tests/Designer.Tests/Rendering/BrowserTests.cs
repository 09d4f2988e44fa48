using System.Diagnostics;
using System.Text.RegularExpressions;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// Checks in a real headless Chromium (CI installs Debian's package): the board brief prints on at most two A4
/// pages, and no table or figure is wider than the printed page.
/// </summary>
public sealed partial class BrowserTests
{
    private static string? Browser => Designer.Cli.BrowserLocator.Find(null);

    private static void RequireBrowser()
    {
        Assert.False(TestPaths.InCi && Browser is null, "CI must have Chromium (.ci/run installs Debian's chromium package)");
        Skip.If(Browser is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER to run the print checks");
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    [SkippableTheory]
    [InlineData("sergipe-apparel")]
    [InlineData("masaya-furniture")]
    [InlineData("huila-coffee")]
    public void Board_brief_prints_on_at_most_two_A4_pages(string example)
    {
        RequireBrowser();
        var html = RenderTestHelpers.RenderExample(example).Files.Single(f => f.Key.EndsWith("-board-brief.html", StringComparison.Ordinal)).Value;
        var (pdf, error) = PdfPrinter.Print(Browser!, html, TimeSpan.FromSeconds(60));
        Assert.True(pdf is not null, error);
        var pages = PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf!)).Count;
        Assert.InRange(pages, 1, 2);
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [SkippableFact]
    public void The_logframe_prints_on_landscape_A4_pages_and_the_board_brief_on_portrait()
    {
        RequireBrowser();
        var files = RenderTestHelpers.RenderExample("sergipe-apparel").Files;
        foreach (var (document, landscape) in new[] { ("logframe", true), ("board-brief", false) })
        {
            var html = files.Single(f => f.Key.EndsWith($"-{document}.html", StringComparison.Ordinal)).Value;
            var (pdf, error) = PdfPrinter.Print(Browser!, html, TimeSpan.FromSeconds(60));
            Assert.True(pdf is not null, error);
            var boxes = MediaBox().Matches(System.Text.Encoding.Latin1.GetString(pdf!))
                .Select(m => (Width: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            Assert.NotEmpty(boxes);
            foreach (var (width, height) in boxes)
            {
                // A4 is 595 × 842 points.
                Assert.InRange(landscape ? width : height, 841, 843);
                Assert.InRange(landscape ? height : width, 594, 596);
            }
        }
    }

    [SkippableTheory]
    [InlineData("sergipe-apparel")]
    [InlineData("masaya-furniture")]
    [InlineData("huila-coffee")]
    public void No_table_or_figure_is_wider_than_the_printed_page(string example)
    {
        RequireBrowser();
        var combined = RenderTestHelpers.RenderExample(example).Files
            .Single(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !DocumentKinds.All.Any(d => f.Key.EndsWith($"-{d.Id}.html", StringComparison.Ordinal))).Value;
        // Every wide element measured at the printable A4 width.
        var dom = DumpDom(combined, 688, "<script>var w = document.documentElement.clientWidth; var wide = Array.from(document.querySelectorAll('table, figure, svg, pre')).filter(e => e.getBoundingClientRect().right > w + 1).length; document.body.setAttribute('data-wide', String(wide)); document.body.setAttribute('data-width', String(w));</script>");
        var match = Regex.Match(dom, "data-wide=\"(\\d+)\" data-width=\"(\\d+)\"");
        Assert.True(match.Success, "the probe did not run");
        Assert.Equal("0", match.Groups[1].Value);
    }

    public static TheoryData<string, string> EveryDocument()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in RenderTestHelpers.Examples)
        {
            foreach (var (id, _) in DocumentKinds.All)
            {
                data.Add(example, id);
            }
        }
        return data;
    }

    /// <summary>
    /// Lays the document out as it prints — the page's print rules applied, at the printable width of its A4 page
    /// (182 mm portrait, 273 mm landscape, at 96 px an inch) — and asks the browser for the line boxes of every
    /// word in every table cell: a word (a run of letters and digits) whose boxes stand on two lines is broken
    /// mid-word; a break after a hyphen or a slash is not. Then every cell must fit its column and its page:
    /// content no wider than the cell, right edge within the page, height within one printable page.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(EveryDocument))]
    public void No_table_cell_breaks_a_word_or_overflows_its_page(string example, string document)
    {
        RequireBrowser();
        var html = RenderTestHelpers.RenderExample(example).Files.Single(f => f.Key.EndsWith($"-{document}.html", StringComparison.Ordinal)).Value;
        var (cells, broken, overflowing) = MeasureCells(html, DocumentKinds.IsLandscape(document));
        Assert.True(document == "board-brief" || cells > 0, "no table cell was measured");
        Assert.Equal("", broken);
        Assert.Equal("", overflowing);
    }

    [SkippableFact]
    public void The_print_check_finds_a_word_broken_by_a_narrow_column_and_a_cell_wider_than_its_column()
    {
        RequireBrowser();
        var html = Designer.Reporting.Rendering.HtmlPage.Wrap("probe", ["<table><thead><tr><th style=\"width: 6%\">Disaggregation</th><th>Value</th></tr></thead><tbody><tr><td>ok</td><td><div style=\"width: 2000px\">wide</div></td></tr></tbody></table>\n"]);
        var (cells, broken, overflowing) = MeasureCells(html, landscape: false);
        Assert.Equal(4, cells);
        Assert.Equal("Disaggregation", broken);
        Assert.Equal("wide", overflowing);
    }

    /// <summary>
    /// Lays the page out as it prints and measures its table cells: how many, the words broken across two lines
    /// (joined by " | "), and the cells that overflow their column or their page (their first 40 characters).
    /// </summary>
    private static (int Cells, string Broken, string Overflowing) MeasureCells(string html, bool landscape)
    {
        var (width, height) = landscape ? (1032, 688) : (688, 994);
        const string probe = """
            <script>
            var words = /[\p{L}\p{N}]+/gu, broken = [], overflowing = [], cells = document.querySelectorAll('td, th');
            var pageWidth = document.documentElement.clientWidth, pageHeight = PAGE_HEIGHT;
            cells.forEach(function (cell) {
              var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node, m;
              while ((node = walker.nextNode())) {
                words.lastIndex = 0;
                while ((m = words.exec(node.data))) {
                  var range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  var lines = new Set(Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; }).map(function (r) { return Math.round(r.bottom); }));
                  if (lines.size > 1) { broken.push(m[0]); }
                }
              }
              var box = cell.getBoundingClientRect();
              if (cell.scrollWidth > cell.clientWidth + 1 || box.right > pageWidth + 1 || box.height > pageHeight) {
                overflowing.push(cell.textContent.trim().slice(0, 40));
              }
            });
            document.body.setAttribute('data-cells', String(cells.length));
            document.body.setAttribute('data-broken', broken.join(' | '));
            document.body.setAttribute('data-overflowing', overflowing.join(' | '));
            </script>
            """;
        var dom = DumpDom(html, width, probe.Replace("PAGE_HEIGHT", height.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var cells = Regex.Match(dom, "data-cells=\"(\\d+)\"");
        Assert.True(cells.Success, "the probe did not run");
        string Attribute(string name) => System.Net.WebUtility.HtmlDecode(Regex.Match(dom, $"{name}=\"([^\"]*)\"").Groups[1].Value);
        return (int.Parse(cells.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Attribute("data-broken"), Attribute("data-overflowing"));
    }

    /// <summary>
    /// The page's DOM after <paramref name="script"/> ran in a headless Chromium window <paramref name="width"/> px
    /// wide, with the page's script ban dropped and its print rules for the body applied on screen.
    /// </summary>
    private static string DumpDom(string html, int width, string script)
    {
        var page = Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .Replace("</style>", "body { padding: 0; max-width: none; }\n</style>", StringComparison.Ordinal)
            .Replace("</body>", script + "</body>", StringComparison.Ordinal);
        using var dir = new TempFolder("designer-probe-");
        var file = Path.Combine(dir.FullName, "page.html");
        File.WriteAllText(file, page);
        var start = new ProcessStartInfo(Browser!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(dir.FullName, "p")}", $"--window-size={width},1100", "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish");
        return dom.Result;
    }

    [SkippableFact]
    public void Render_with_pdf_writes_a_pdf_per_document()
    {
        RequireBrowser();
        using var dir = new TempFolder("designer-pdf-");
        var r = Designer.Tests.Cli.CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", dir.FullName, "--format", "pdf", "--only", "board-brief");
        Assert.True(r.ExitCode == 0, r.Err);
        var pdf = Path.Combine(dir.FullName, "BR-T1234-board-brief.pdf");
        Assert.Equal(["BR-T1234-board-brief.pdf"], Directory.GetFiles(dir.FullName).Select(f => Path.GetFileName(f)!).ToArray());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
    }
}
