using Designer.Reporting.Rendering;
using Designer.Tests.Cli;
using PuppeteerSharp;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>The portfolio page's own script in headless Chromium: sorting by a column and filtering by words.</summary>
public sealed class PortfolioBrowserTests
{
    [SkippableFact]
    public async Task Headings_sort_the_rows_and_the_filter_keeps_matching_ones()
    {
        var chromium = Designer.Cli.BrowserLocator.Find(null);
        Assert.False(TestPaths.InCi && chromium is null, "CI must have Chromium (.ci/run installs Debian's chromium package)");
        Skip.If(chromium is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER");
        using var dir = new TempFolder("designer-portfolio-page-");
        Assert.Equal(0, CliRunner.Run("portfolio", "examples", "--out", Path.Combine(dir.FullName, "out"), "--no-documents").ExitCode);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = chromium, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(Path.Combine(dir.FullName, "out", "portfolio.html")).AbsoluteUri);
        const string FirstColumn = "Array.from(document.querySelectorAll('#proposals tbody tr')).filter(r => !r.hidden).map(r => r.cells[0].textContent)";

        // Budget ascending, then descending.
        await page.ClickAsync("#proposals thead th:nth-child(4) button");
        Assert.Equal(["NI-M1021", "CO-T1187", "BR-T1234"], await page.EvaluateExpressionAsync<string[]>(FirstColumn));
        await page.ClickAsync("#proposals thead th:nth-child(4) button");
        Assert.Equal(["BR-T1234", "CO-T1187", "NI-M1021"], await page.EvaluateExpressionAsync<string[]>(FirstColumn));

        // Every word must match, in any cell.
        await page.TypeAsync("#filter", "revise colombia");
        Assert.Equal(["CO-T1187"], await page.EvaluateExpressionAsync<string[]>(FirstColumn));
        Assert.Equal("1 of 3 shown", await page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
    }
}
