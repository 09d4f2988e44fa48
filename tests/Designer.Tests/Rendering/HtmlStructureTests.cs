using AngleSharp.Html.Parser;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The HTML parses cleanly and holds what it should; user text can never become markup.</summary>
public sealed class HtmlStructureTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, out List<string> errors)
    {
        var found = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => found.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        var doc = parser.ParseDocument(html);
        errors = found;
        return doc;
    }

    [Theory]
    [InlineData("sergipe-apparel")]
    [InlineData("masaya-furniture")]
    [InlineData("huila-coffee")]
    public void Html_parses_without_errors_and_has_a_row_per_output_and_a_sheet_per_indicator(string example)
    {
        var result = RenderTestHelpers.RenderExampleInEnglish(example);
        var project = ProjectLoader.LoadFile(TestPaths.InRepo("examples", example + ".yaml")).Project!;
        var outputs = project.Root.TryGet("components", out var cs) ? cs.AsList.Items.Sum(c => c.AsMap.TryGet("outputs", out var o) ? o.AsList.Count : 0) : 0;
        var indicators = project.Root.TryGet("indicators", out var ind) ? ind.AsList.Count : 0;

        foreach (var (name, html) in result.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Parse(html, out var errors);
            Assert.True(errors.Count == 0, name + ": " + string.Join("; ", errors));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        var logframe = Parse(result.Files.Single(f => f.Key.EndsWith("-logframe.html", StringComparison.Ordinal)).Value, out _);
        // The first row of an output names it in bold; the rows of its further indicators repeat the level in plain text.
        var outputRows = logframe.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Count(r => r.QuerySelector("td strong")?.TextContent.StartsWith("Output ", StringComparison.Ordinal) == true);
        Assert.Equal(outputs, outputRows);
        Assert.NotNull(logframe.QuerySelector("figure.diagram svg"));
        var sheets = Parse(result.Files.Single(f => f.Key.EndsWith("-indicator-sheets.html", StringComparison.Ordinal)).Value, out _);
        Assert.Equal(indicators, sheets.QuerySelectorAll("h2").Length);
        var brief = Parse(result.Files.Single(f => f.Key.EndsWith("-board-brief.html", StringComparison.Ordinal)).Value, out _);
        // Sectors, budget by source, budget by year, risk matrix, weakest dimensions: the brief's money and risks are tables.
        Assert.True(brief.QuerySelectorAll("table").Length >= 5, "the brief has its five tables");
        Assert.NotNull(brief.QuerySelector("div.board-brief"));
    }

    [Theory]
    [InlineData("sergipe-apparel")]
    [InlineData("masaya-furniture")]
    [InlineData("huila-coffee")]
    public void Html_text_shows_no_markdown_escapes_no_formulas_in_cells_and_no_empty_pairs(string example)
    {
        var result = RenderTestHelpers.RenderExampleInEnglish(example);
        foreach (var (name, html) in result.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = Parse(html, out _);
            var text = doc.Body!.TextContent;
            Assert.DoesNotContain("\\*", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\_", text, StringComparison.Ordinal);
            Assert.DoesNotContain("`", text, StringComparison.Ordinal);
            Assert.DoesNotContain("—; —", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b1 (errors|warnings|information notes)\b", text);
            foreach (var cell in doc.QuerySelectorAll("td"))
            {
                Assert.False(cell.TextContent.Contains("(= ", StringComparison.Ordinal), $"{name}: a formula in a table cell: {cell.TextContent}");
            }
        }
    }

    [Fact]
    public void Shares_print_as_percentages_and_references_as_names()
    {
        var result = RenderTestHelpers.RenderExampleInEnglish("sergipe-apparel");
        var plan = Parse(result.Files.Single(f => f.Key.EndsWith("-me-plan.html", StringComparison.Ordinal)).Value, out _);
        var row = plan.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Proporção de empresas participantes lideradas por mulheres", StringComparison.Ordinal) && r.QuerySelectorAll("td").Length == 9);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("%", cells[1]);
        Assert.Equal("52% (2026; pesquisa com empresas 2026)", cells[2]);
        Assert.Equal("60%", cells[3]);
        Assert.Equal("Unidade Técnica do Projeto", cells[6]);
        var logframe = Parse(result.Files.Single(f => f.Key.EndsWith("-logframe.html", StringComparison.Ordinal)).Value, out _);
        var share = logframe.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Proporção de empresas participantes lideradas por mulheres", StringComparison.Ordinal) && r.QuerySelectorAll("td").Length == 8);
        Assert.Equal(["52% (2026; pesquisa com empresas 2026)", "60% (2031)", "2028: 55%; 2029: 58%; 2030: 60%"], share.QuerySelectorAll("td").Skip(3).Take(3).Select(c => c.TextContent));
        var sheets = Parse(result.Files.Single(f => f.Key.EndsWith("-indicator-sheets.html", StringComparison.Ordinal)).Value, out _);
        Assert.Contains("113,400 by 2034 (the baseline × 1.35)", sheets.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("baseline.value", sheets.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("control group: polo de confecções", sheets.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("technical-unit", plan.Body!.TextContent + sheets.Body!.TextContent, StringComparison.Ordinal);
        var brief = Parse(result.Files.Single(f => f.Key.EndsWith("-board-brief.html", StringComparison.Ordinal)).Value, out _);
        Assert.Contains("supply chain", brief.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("supply-chain", brief.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_logframe_gives_years_milestones_and_assumptions_at_every_level_and_a_results_matrix_by_year()
    {
        var result = RenderTestHelpers.RenderExampleInEnglish("sergipe-apparel");
        var project = ProjectLoader.LoadFile(TestPaths.InRepo("examples", "sergipe-apparel.yaml")).Project!;
        var logframe = Parse(result.Files.Single(f => f.Key.EndsWith("-logframe.html", StringComparison.Ordinal)).Value, out _);
        Assert.NotNull(logframe.QuerySelector("div.landscape.logframe table"));
        var matrix = logframe.QuerySelectorAll("table")[0];
        Assert.Equal(["Level", "Intervention logic", "Indicator", "Baseline (year; source)", "Target (year)", "Milestones by year", "Means of verification", "Assumptions"],
            matrix.QuerySelectorAll("thead th").Select(h => h.TextContent));
        foreach (var row in matrix.QuerySelectorAll("tbody tr").Where(r => r.Children[0].QuerySelector("strong") is not null))
        {
            // Every level's first row states its assumptions, or says that it states none; its further rows say "as above".
            Assert.NotEqual("", row.Children[7].TextContent.Trim());
            Assert.NotEqual("—", row.Children[7].TextContent.Trim());
        }
        var outputRow = matrix.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent == "Output C1.3");
        Assert.Equal("o regime federal simplificado do Microempreendedor Individual (MEI) continua em vigor", outputRow.Children[7].TextContent);
        Assert.Matches(@"\(2026; ", outputRow.Children[3].TextContent);
        Assert.Equal("300 (2031)", outputRow.Children[4].TextContent);
        Assert.Equal("2028: 80; 2029: 200; 2030: 300", outputRow.Children[5].TextContent);

        var byYear = logframe.QuerySelectorAll("h2").Single(h => h.TextContent == "Results matrix by year").NextElementSibling!;
        Assert.Equal("TABLE", byYear.TagName);
        var years = byYear.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Indicator", "Baseline", "2027", "2028", "2029", "2030", "2031", "2034", "Target"], years);
        var indicators = project.Root.TryGet("indicators", out var ind) ? ind.AsList.Count : 0;
        Assert.Equal(indicators, byYear.QuerySelectorAll("tbody tr").Length);
        var sales = byYear.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.StartsWith("Vendas anuais médias", StringComparison.Ordinal));
        Assert.Equal(["84,000 (2026)", "—", "86,000", "90,000", "96,000", "102,000", "113,400", "113,400 (2034)"], sales.Children.Skip(1).Select(c => c.TextContent));
    }

    [Fact]
    public void The_me_plan_gives_each_evaluation_its_method_owner_and_budget_and_the_me_budget()
    {
        // Rendered in English: amounts read 100,000, shares 12.2%, whatever the project's own language.
        var result = RenderTestHelpers.RenderExampleInEnglish("sergipe-apparel");
        var plan = Parse(result.Files.Single(f => f.Key.EndsWith("-me-plan.html", StringComparison.Ordinal)).Value, out _);
        Assert.NotNull(plan.QuerySelector("div.landscape.me-plan"));
        var final = plan.QuerySelectorAll("tr").Single(r => r.Children[0].TextContent == "Final evaluation");
        Assert.Equal(["indicadores de resultado em relação à linha de base de 2026 do painel de empresas", "Universidade Federal de Sergipe", "USD 100,000"], final.Children.Skip(4).Select(c => c.TextContent));
        var budget = plan.QuerySelectorAll("h2").Single(h => h.TextContent == "Monitoring and evaluation budget").NextElementSibling!;
        Assert.Equal("USD 280,000 (12.2% of the project's budget).", budget.TextContent);
    }

    [Fact]
    public void Hostile_text_in_a_project_renders_as_inert_text()
    {
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("  title: Competitividade territorial da cadeia de confecções e bordados do Agreste Sergipano",
                "  title: \"<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>\"", StringComparison.Ordinal)
            .Replace("  name: Agreste Sergipano", "  name: \"<b>bold</b> | pipe & `code` ![i](javascript:x) <javascript:alert(4)>\"", StringComparison.Ordinal);
        var result = RenderTestHelpers.Render("hostile.yaml", "hostile.yaml", text);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        foreach (var (name, html) in result.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = Parse(html, out _);
            Assert.Empty(doc.QuerySelectorAll("script"));
            Assert.Empty(doc.QuerySelectorAll("img"));
            Assert.Empty(doc.QuerySelectorAll("b"));
            Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
            Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
        var brief = Parse(result.Files.Single(f => f.Key.EndsWith("-board-brief.html", StringComparison.Ordinal)).Value, out _);
        Assert.Contains("<script>alert(1)</script>", brief.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
