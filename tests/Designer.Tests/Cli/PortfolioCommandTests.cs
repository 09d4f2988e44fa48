using AngleSharp.Html.Parser;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>`designer portfolio`: a folder of the examples, a revision and a broken proposal, in HTML, Markdown and CSV (golden files).</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class PortfolioCommandTests
{
    private static TempFolder ProposalsFolder()
    {
        var dir = new TempFolder("designer-portfolio-");
        var proposals = Directory.CreateDirectory(Path.Combine(dir.FullName, "proposals")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(proposals, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(proposals, "sergipe-apparel-v2.yaml"), DiffCommandTests.RevisedSergipe());
        File.WriteAllText(Path.Combine(proposals, "broken.yaml"), "designer: 1\nproject: [\n");
        return dir;
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("csv")]
    public void Folder_of_proposals_matches_the_golden_file(string format)
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out");
        Assert.Equal("", result.Err);
        Assert.Equal(0, result.ExitCode);
        using (ApprovalResults.ForScenario(format))
        {
            Approvals.Verify(File.ReadAllText(Path.Combine(dir.FullName, "out", "portfolio." + format)));
        }
    }

    /// <summary>The portfolio's own words in Spanish and Portuguese (golden files); the CSV stays as in English.</summary>
    [Theory]
    [InlineData("md", "es")]
    [InlineData("md", "pt")]
    [InlineData("html", "es")]
    public void Folder_of_proposals_in_another_language_matches_the_golden_file(string format, string lang)
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out", "--lang", lang);
        Assert.Equal("", result.Err);
        Assert.Equal(0, result.ExitCode);
        using (ApprovalResults.ForScenario($"{format}.{lang}"))
        {
            Approvals.Verify(File.ReadAllText(Path.Combine(dir.FullName, "out", "portfolio." + format)));
        }
    }

    [Fact]
    public void Lang_words_the_portfolio_and_every_proposal_and_the_csv_keeps_its_english_keys()
    {
        using var dir = ProposalsFolder();
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "en").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "es", "--lang", "es").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "pt", "--lang", "pt").ExitCode);
        string Read(string lang, string name) => File.ReadAllText(Path.Combine(dir.FullName, lang, name));

        var es = Read("es", "portfolio.md");
        Assert.StartsWith("# Cartera de proyectos\n\n5 propuestas, 7.650.000 en total, 4.500.000 del FOMIN. Estado: 3 por revisar, 1 bloqueada, 1 sin verificar.\n\n## Propuestas\n\n| Operación | Título | País | Presupuesto | Participación del FOMIN | Sectores | Errores | Advertencias | Evaluabilidad | Dimensión más débil | Estado | Documentos |\n", es, StringComparison.Ordinal);
        Assert.Contains("| CO-T1187 | Specialty coffee supply chain of southern Huila | Colombia | 1.700.000 | 64,7% | Specialty coffee | 0 | 10 | 84 | risks | por revisar | [documentos](documents/CO-T1187.html) |\n", es, StringComparison.Ordinal);
        Assert.Contains("\n## Presupuesto por sector\n\nEl presupuesto de una propuesta se reparte por igual entre sus sectores.\n\n| Sector | Propuestas | Presupuesto |\n", es, StringComparison.Ordinal);
        Assert.Contains("| CMP008 | El cofinanciamiento se destina a iniciativas conjuntas público-privadas | advertencia | 3 |\n", es, StringComparison.Ordinal);

        var pt = Read("pt", "portfolio.md");
        Assert.StartsWith("# Carteira de projetos\n\n5 propostas, 7.650.000 no total, 4.500.000 do FUMIN. Situação: 3 a revisar, 1 bloqueada, 1 não verificada.\n", pt, StringComparison.Ordinal);
        Assert.Contains("| broken |  |  | 0 | 0,0% |  | 1 | 0 | — | — | não verificada | — |\n", pt, StringComparison.Ordinal);
        Assert.Contains("\n## Constatações mais frequentes\n\nAs lições que as propostas mais deixam de lado: cada regra com o número de propostas em que encontrou algo.\n\n| Regra | Título | Severidade | Propostas |\n", pt, StringComparison.Ordinal);

        var html = new HtmlParser().ParseDocument(Read("pt", "portfolio.html"));
        Assert.Equal("pt", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Carteira de projetos", html.Title);
        Assert.Equal("país, setor, regra, situação…", html.QuerySelector("#filter")!.GetAttribute("placeholder"));
        Assert.Contains("shown.textContent = count + ' de ' + body.rows.length + ' exibidas';", Read("pt", "portfolio.html"), StringComparison.Ordinal);

        // Machines read the CSV: the same bytes whatever the language.
        Assert.Equal(Read("en", "portfolio.csv"), Read("es", "portfolio.csv"));
        Assert.Equal(Read("en", "portfolio.csv"), Read("pt", "portfolio.csv"));

        // Without --lang each proposal's documents keep its own language; with it, all follow.
        Assert.Contains("Logical framework", Read("en", "documents/CO-T1187.html"), StringComparison.Ordinal);
        Assert.Contains("Marco lógico", Read("en", "documents/NI-M1021.html"), StringComparison.Ordinal);
        Assert.Contains("Quadro lógico", Read("en", "documents/BR-T1234.html"), StringComparison.Ordinal);
        Assert.Contains("Marco lógico", Read("es", "documents/CO-T1187.html"), StringComparison.Ordinal);
        Assert.Contains("Marco lógico", Read("es", "documents/BR-T1234.html"), StringComparison.Ordinal);
        Assert.Contains("Quadro lógico", Read("pt", "documents/NI-M1021.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_bad_input()
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out", "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang `fr` is not a language Designer writes; use en, es or pt", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "out")));
    }

    [Fact]
    public void Each_checked_proposal_links_to_its_rendered_documents()
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out");
        Assert.Equal(0, result.ExitCode);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.FullName, "out", "portfolio.html")));
        var rows = page.QuerySelectorAll("#proposals tbody tr");
        Assert.Equal(5, rows.Length);
        var links = page.QuerySelectorAll("#proposals tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, links.Count);
        Assert.Equal(4, links.Distinct().Count());
        foreach (var link in links)
        {
            var html = File.ReadAllText(Path.Combine(dir.FullName, "out", link));
            Assert.Contains("<h1", html, StringComparison.Ordinal);
        }
        // The broken proposal is listed, not checked, and has no documents.
        var broken = rows.Single(r => r.TextContent.Contains("not checked", StringComparison.Ordinal));
        Assert.Null(broken.QuerySelector("a"));
        Assert.Empty(page.QuerySelectorAll("script[src], link[href]"));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_without_documents_has_no_links()
    {
        using var dir = ProposalsFolder();
        CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "a");
        CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "b");
        foreach (var name in new[] { "portfolio.html", "portfolio.md", "portfolio.csv", "documents/BR-T1234.html" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(dir.FullName, "a", name)), File.ReadAllText(Path.Combine(dir.FullName, "b", name)));
        }
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "c", "--no-documents").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "c", "documents")));
        Assert.DoesNotContain("<a href", File.ReadAllText(Path.Combine(dir.FullName, "c", "portfolio.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_exits_two()
    {
        var result = CliRunner.Run("portfolio", "no-such-folder", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-folder", result.Err, StringComparison.Ordinal);
    }
}
