using System.Net;
using Designer.Cli.Serve;
using Designer.Reporting.Rendering;
using Designer.Rules;
using PuppeteerSharp;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>
/// `designer serve` in a real headless Chromium (Debian's, driven over the DevTools protocol): the page shows a finding,
/// a save that fixes it makes it disappear while the document keeps its scroll position, and a broken save shows the
/// banner with the line over the last good render. (ServeLanguageTests checks the page's words in each language.)
/// </summary>
public sealed class ServeBrowserTests
{
    private static readonly WaitForFunctionOptions Patience = new() { Timeout = 20_000, PollingInterval = 50 };

    private static string? Browser => Designer.Cli.BrowserLocator.Find(null);

    /// <summary>Saves as editors do: the whole new content replaces the file at once.</summary>
    private static void Save(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    [SkippableFact]
    public async Task A_finding_shows_a_fixing_save_removes_it_and_a_broken_save_shows_the_banner_with_the_line()
    {
        Assert.False(TestPaths.InCi && Browser is null, "CI must have Chromium (.ci/run installs Debian's chromium package)");
        Skip.If(Browser is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER");
        using var dir = new TempFolder("designer-serve-");
        var path = Path.Combine(dir.FullName, "sergipe.yaml");
        var original = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"));
        Save(path, original);

        await using var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]), path, "sergipe.yaml"), IPAddress.Loopback, 0, "sergipe.yaml");
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(server.Url.Host)));
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Browser,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var page = await browser.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, e) => failedRequests.Add(e.Request.Url);
        await page.GoToAsync(server.Url.ToString());

        // Given the example, the page shows its TER002 warning and the board brief.
        await page.WaitForSelectorAsync("li.finding[data-rule='TER002']", new WaitForSelectorOptions { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => { const d = document.getElementById('doc').contentDocument; return d && d.querySelector('h1') !== null && d.body.scrollHeight > 1500; }", Patience);
        await page.EvaluateExpressionAsync("document.getElementById('doc').contentWindow.scrollTo(0, 600)");
        var before = await page.EvaluateExpressionAsync<int>("parseInt(document.querySelector('script[data-version]').getAttribute('data-version'), 10)");

        // When a save seats the three missing municipal governments, the finding disappears and the document keeps its place.
        Save(path, original
            .Replace("  - { id: state-sedetec,", "  - { id: itabaianinha-city, name: Prefeitura Municipal de Itabaianinha, kind: local-government, sector: public }\n  - { id: poco-verde-city, name: Prefeitura Municipal de Poço Verde, kind: local-government, sector: public }\n  - { id: simao-dias-city, name: Prefeitura Municipal de Simão Dias, kind: local-government, sector: public }\n  - { id: state-sedetec,", StringComparison.Ordinal)
            .Replace("members: [sebrae-se, tobias-city, state-sedetec,", "members: [sebrae-se, tobias-city, itabaianinha-city, poco-verde-city, simao-dias-city, state-sedetec,", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.body.getAttribute('data-version') !== null && document.querySelector(\"li.finding[data-rule='TER002']\") === null", Patience);
        Assert.NotNull(await page.QuerySelectorAsync("li.finding[data-rule='CMP005']"));
        await page.WaitForFunctionAsync("() => { const w = document.getElementById('doc').contentWindow; return w.document.querySelector('h1') !== null && Math.abs(w.scrollY - 600) < 2; }", Patience);
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('banner').hidden"));

        // When a save breaks the YAML on line 2 (`designer: 1`), the banner names the line and the last good render stays.
        var lines = original.Split('\n');
        Assert.StartsWith("designer: 1", lines[1], StringComparison.Ordinal);
        lines[1] = "designer: [1";
        Save(path, string.Join('\n', lines));
        await page.WaitForFunctionAsync("() => !document.getElementById('banner').hidden", Patience);
        var banner = await page.EvaluateExpressionAsync<string>("document.getElementById('banner').textContent");
        // The page speaks the project's language (Portuguese), and keeps it while the file does not load.
        Assert.StartsWith("Não foi possível carregar a última versão salva. A página mostra a última versão que pôde ser carregada.", banner, StringComparison.Ordinal);
        Assert.Contains("(linha 2, coluna ", banner, StringComparison.Ordinal);
        Assert.Contains("sergipe.yaml:2:", banner, StringComparison.Ordinal);
        Assert.Null(await page.QuerySelectorAsync("li.finding[data-rule='TER002']"));
        Assert.NotNull(await page.QuerySelectorAsync("li.finding[data-rule='CMP005']"));
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('doc').contentDocument.querySelector('h1') !== null"));

        // When the original is saved again, the banner goes and the finding comes back.
        Save(path, original);
        await page.WaitForFunctionAsync("() => document.getElementById('banner').hidden && document.querySelector(\"li.finding[data-rule='TER002']\") !== null", Patience);
        Assert.True(server.State.Version > before);
        Assert.Empty(failedRequests);
    }

    [SkippableFact]
    public async Task Tabs_show_each_document_as_render_writes_it()
    {
        Skip.If(Browser is null, "Chromium not found");
        using var dir = new TempFolder("designer-serve-");
        var path = Path.Combine(dir.FullName, "huila.yaml");
        File.Copy(TestPaths.InRepo("examples", "huila-coffee.yaml"), path);
        await using var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]), path, "huila.yaml"), IPAddress.Loopback, 0, "huila.yaml");
        using var http = new HttpClient();
        foreach (var (id, _) in DocumentKinds.All)
        {
            var served = await http.GetStringAsync(new Uri(server.Url, "doc/" + id));
            Assert.Equal(server.State.Documents[id], served);
        }
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var report = linter.CheckFile(path, "huila.yaml");
        var rendered = DocumentRenderer.Render(report.Project!, report.Findings, new RenderOptions { Markdown = false, ToolVersion = Designer.Cli.ToolInfo.Version }, report.Evaluability);
        Assert.Equal(rendered.Files["CO-T1187-logframe.html"], server.State.Documents["logframe"]);
        var missing = await http.GetAsync(new Uri(server.Url, "doc/%3Cscript%3E"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain("<script>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
