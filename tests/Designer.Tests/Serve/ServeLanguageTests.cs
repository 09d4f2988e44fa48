using System.Net;
using Designer.Cli;
using Designer.Cli.Commands;
using Designer.Cli.Serve;
using Designer.Localization;
using Designer.Rules;
using PuppeteerSharp;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>
/// The `designer serve` page in the project's language, or in the one --lang names: its headings, tabs, finding lines,
/// banner and missing-document page, read in headless Chromium; the documents it previews follow the same language.
/// </summary>
public sealed class ServeLanguageTests
{
    private static readonly WaitForFunctionOptions Patience = new() { Timeout = 20_000, PollingInterval = 50 };

    private static string? Browser => BrowserLocator.Find(null);

    private const string Tabs = "Array.from(document.querySelectorAll('#tabs button')).map(b => b.textContent)";

    private const string FirstFinding = "(() => { const f = document.querySelector('li.finding'); return f.querySelector('.sev').textContent + ' ' + f.querySelector('code').textContent + ' ' + f.querySelector('.line').textContent; })()";

    private static async Task<(IBrowser Browser, IPage Page)> OpenAsync(Uri url)
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = Browser, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        var page = await browser.NewPageAsync();
        await page.GoToAsync(url.ToString());
        await page.WaitForSelectorAsync("li.finding", new WaitForSelectorOptions { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => { const d = document.getElementById('doc').contentDocument; return d && d.querySelector('h1') !== null; }", Patience);
        return (browser, page);
    }

    private static Task<string> Text(IPage page, string expression) => page.EvaluateExpressionAsync<string>(expression);

    [SkippableFact]
    public async Task A_spanish_project_gets_a_spanish_page_and_lang_en_an_english_one()
    {
        Assert.False(TestPaths.InCi && Browser is null, "CI must have Chromium (.ci/run installs Debian's chromium package)");
        Skip.If(Browser is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER");
        using var dir = new TempFolder("designer-serve-lang-");
        var path = Path.Combine(dir.FullName, "masaya.yaml");
        File.Copy(TestPaths.InRepo("examples", "masaya-furniture.yaml"), path);

        // Masaya says `language: es`: the page, its findings and the documents are in Spanish.
        await using (var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]), path, "masaya.yaml"), IPAddress.Loopback, 0, "masaya.yaml"))
        {
            var (browser, page) = await OpenAsync(server.Url);
            await using (browser)
            {
                Assert.Equal("es", await Text(page, "document.documentElement.lang"));
                Assert.Equal("masaya.yaml — designer serve", await page.GetTitleAsync());
                Assert.Equal(["Nota para el directorio", "Marco lógico", "Plan de monitoreo y evaluación", "Fichas técnicas de indicadores", "Revisión del diseño"], await page.EvaluateExpressionAsync<string[]>(Tabs));
                Assert.Matches(@"^Hallazgos \(\d+\)$", await Text(page, "document.querySelector('#panel h3').textContent"));
                Assert.StartsWith("Evaluabilidad ", await Text(page, "document.querySelector('#panel .score').textContent"), StringComparison.Ordinal);
                Assert.Matches(@"^(error|advertencia|información) [A-Z]{3}\d{3} línea \d+$", await Text(page, FirstFinding));
                Assert.Equal("documento", await Text(page, "document.getElementById('doc').title"));
                Assert.Contains("FOMIN", await Text(page, "document.getElementById('doc').contentDocument.body.textContent"), StringComparison.Ordinal);
            }

            // A document that is not there, in Spanish, its id escaped.
            using var http = new HttpClient();
            var missing = await http.GetAsync(new Uri(server.Url, "doc/%3Cb%3E"));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("<p>No existe el documento <code>&lt;b&gt;</code>.</p>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // With --lang en, the same project gets English words and English documents.
        await using (var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]) { Language = Language.English }, path, "masaya.yaml"), IPAddress.Loopback, 0, "masaya.yaml"))
        {
            var (browser, page) = await OpenAsync(server.Url);
            await using (browser)
            {
                Assert.Equal("en", await Text(page, "document.documentElement.lang"));
                Assert.Equal(["Board brief", "Logical framework", "Monitoring and evaluation plan", "Indicator reference sheets", "Design review"], await page.EvaluateExpressionAsync<string[]>(Tabs));
                Assert.Matches(@"^Findings \(\d+\)$", await Text(page, "document.querySelector('#panel h3').textContent"));
                Assert.StartsWith("Evaluability ", await Text(page, "document.querySelector('#panel .score').textContent"), StringComparison.Ordinal);
                Assert.Matches(@"^(error|warning|info) [A-Z]{3}\d{3} line \d+$", await Text(page, FirstFinding));
                var brief = await Text(page, "document.getElementById('doc').contentDocument.body.textContent");
                Assert.Contains("MIF", brief, StringComparison.Ordinal);
                Assert.DoesNotContain("FOMIN", brief, StringComparison.Ordinal);
            }
        }
    }

    [SkippableFact]
    public async Task Lang_pt_puts_an_english_project_in_portuguese_and_a_broken_save_keeps_it()
    {
        Skip.If(Browser is null, "Chromium not found: install Debian's chromium package or set DESIGNER_BROWSER");
        using var dir = new TempFolder("designer-serve-lang-");
        var path = Path.Combine(dir.FullName, "huila.yaml");
        var original = File.ReadAllText(TestPaths.InRepo("examples", "huila-coffee.yaml"));
        File.WriteAllText(path, original);
        await using var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]) { Language = Language.Portuguese }, path, "huila.yaml"), IPAddress.Loopback, 0, "huila.yaml");
        var (browser, page) = await OpenAsync(server.Url);
        await using (browser)
        {
            Assert.Equal("pt", await Text(page, "document.documentElement.lang"));
            Assert.Equal(["Nota para a diretoria", "Quadro lógico", "Plano de monitoramento e avaliação", "Fichas técnicas de indicadores", "Revisão do desenho"], await page.EvaluateExpressionAsync<string[]>(Tabs));
            Assert.Matches(@"^Constatações \(\d+\)$", await Text(page, "document.querySelector('#panel h3').textContent"));
            Assert.StartsWith("Avaliabilidade ", await Text(page, "document.querySelector('#panel .score').textContent"), StringComparison.Ordinal);
            Assert.Matches(@"^(erro|alerta|informação) [A-Z]{3}\d{3} linha \d+$", await Text(page, FirstFinding));

            // A save whose YAML breaks on line 2: the banner, and the loader's own message, in Portuguese.
            var lines = original.Split('\n');
            lines[1] = "designer: [1";
            var temp = path + ".tmp";
            File.WriteAllText(temp, string.Join('\n', lines));
            File.Move(temp, path, overwrite: true);
            await page.WaitForFunctionAsync("() => !document.getElementById('banner').hidden", Patience);
            var banner = await Text(page, "document.getElementById('banner').textContent");
            Assert.StartsWith("Não foi possível carregar a última versão salva. A página mostra a última versão que pôde ser carregada.", banner, StringComparison.Ordinal);
            Assert.Contains("huila.yaml:2:", banner, StringComparison.Ordinal);
            Assert.Contains("(linha 2, coluna ", banner, StringComparison.Ordinal);
            Assert.Contains("): erro DSG", banner, StringComparison.Ordinal);
            Assert.DoesNotContain("(line 2", banner, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_command_passes_lang_to_the_page_and_the_documents()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringWriter();
        var ctx = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter())) { WorkingDirectory = TestPaths.RepoRoot };
        var run = ServeCommand.RunAsync(ctx, "examples/masaya-furniture.yaml", 0, "127.0.0.1", [], cancel.Token, "pt");
        string? url = null;
        while (url is null && !run.IsCompleted)
        {
            await Task.Delay(50);
            var text = output.ToString();
            var at = text.IndexOf("http://", StringComparison.Ordinal);
            url = at < 0 ? null : text[at..text.IndexOf(' ', at)];
        }
        Assert.NotNull(url);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(url));
        Assert.Contains("<html lang=\"pt\">", page, StringComparison.Ordinal);
        Assert.Contains(">Nota para a diretoria</button>", page, StringComparison.Ordinal);
        var brief = await http.GetStringAsync(new Uri(new Uri(url), "doc/board-brief"));
        Assert.Contains("FUMIN", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("FOMIN", brief, StringComparison.Ordinal);
        await cancel.CancelAsync();
        Assert.Equal(0, await run);
    }
}
