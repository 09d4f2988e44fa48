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

    [SkippableFact]
    public async Task The_filter_counts_in_the_portfolio_language()
    {
        var chromium = Designer.Cli.BrowserLocator.Find(null);
        Skip.If(chromium is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER");
        using var dir = new TempFolder("designer-portfolio-page-");
        Assert.Equal(0, CliRunner.Run("portfolio", "examples", "--out", Path.Combine(dir.FullName, "es"), "--no-documents", "--lang", "es").ExitCode);
        Assert.Equal(0, CliRunner.Run("portfolio", "examples", "--out", Path.Combine(dir.FullName, "pt"), "--no-documents", "--lang", "pt").ExitCode);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = chromium, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(Path.Combine(dir.FullName, "es", "portfolio.html")).AbsoluteUri);
        Assert.Equal("3 de 3 visibles", await page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
        // A reader filters by the words the page shows: the readiness in Spanish.
        await page.TypeAsync("#filter", "bloqueada");
        Assert.Equal("1 de 3 visibles", await page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
        await page.GoToAsync(new Uri(Path.Combine(dir.FullName, "pt", "portfolio.html")).AbsoluteUri);
        await page.TypeAsync("#filter", "a revisar");
        Assert.Equal("2 de 3 exibidas", await page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
        Assert.Equal("Orçamento", await page.EvaluateExpressionAsync<string>("document.querySelector('#proposals thead th:nth-child(4)').textContent"));
    }
}
