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
        // The test copy drops the page's script ban and measures every wide element at the printable A4 width.
        var probe = Regex.Replace(combined, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .Replace("</body>", "<script>var w = document.documentElement.clientWidth; var wide = Array.from(document.querySelectorAll('table, figure, svg, pre')).filter(e => e.getBoundingClientRect().right > w + 1).length; document.body.setAttribute('data-wide', String(wide)); document.body.setAttribute('data-width', String(w));</script></body>", StringComparison.Ordinal);
        using var dir = new TempFolder("designer-width-");
        var file = Path.Combine(dir.FullName, "page.html");
        File.WriteAllText(file, probe);
        var start = new ProcessStartInfo(Browser!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir.FullName, "p")}", "--window-size=688,1100", "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish");
        var match = Regex.Match(dom.Result, "data-wide=\"(\\d+)\" data-width=\"(\\d+)\"");
        Assert.True(match.Success, "the probe did not run");
        Assert.Equal("0", match.Groups[1].Value);
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
