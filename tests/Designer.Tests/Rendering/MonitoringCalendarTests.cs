using Designer.Projects;
using Designer.Reporting.Rendering;
using Scriban.Runtime;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The M&amp;E plan's calendar and the indicator sheets' facts, as the model gives them to the templates.</summary>
public sealed class MonitoringCalendarTests
{
    private static ScriptObject Model(string example)
    {
        var loaded = ProjectLoader.LoadFile(TestPaths.InRepo("examples", example + ".yaml"));
        Assert.False(loaded.HasErrors);
        return RenderModel.Build(loaded.Project!, [], "test");
    }

    private static List<(long Year, string When, string What, string Responsible)> Rows(ScriptObject model) =>
        ((ScriptArray)((ScriptObject)model["me_calendar"]!)["years"]!).Cast<ScriptObject>()
            .SelectMany(y => ((ScriptArray)y["rows"]!).Cast<ScriptObject>()
                .Select(r => ((long)y["year"]!, (string)r["when"]!, (string)r["what"]!, (string)r["responsible"]!)))
            .ToList();

    [Theory]
    [InlineData("every six months", "SemiAnnual")]
    [InlineData("Semi-annual", "SemiAnnual")]
    [InlineData("quarterly", "Quarterly")]
    [InlineData("yearly", "Yearly")]
    [InlineData("once", "Once")]
    [InlineData("semestral", "SemiAnnual")]
    [InlineData("A cada seis meses", "SemiAnnual")]
    [InlineData("trimestral", "Quarterly")]
    [InlineData("anual", "Yearly")]
    [InlineData("cada año", "Yearly")]
    [InlineData("mensalmente", "Monthly")]
    [InlineData("una sola vez", "Once")]
    [InlineData("uma única vez", "Once")]
    [InlineData("cada cosecha", "Other")]
    [InlineData("each harvest", "Other")]
    [InlineData("", "None")]
    public void A_frequency_is_read_as_a_calendar_period_where_it_names_one(string frequency, string expected) =>
        Assert.Equal(expected, MonitoringCalendar.Recognise(frequency).ToString());

    [Fact]
    public void Semi_annual_indicators_fall_in_the_second_and_fourth_quarters_the_last_no_later_than_the_project_ends()
    {
        // Sergipe runs from March 2027 to February 2031.
        var rows = Rows(Model("sergipe-apparel"));
        var workshops = rows.Where(r => r.What.StartsWith("Oficinas domiciliares registradas", StringComparison.Ordinal)).ToList();
        Assert.Equal([(2027L, "Q2 and Q4"), (2028L, "Q2 and Q4"), (2029L, "Q2 and Q4"), (2030L, "Q2 and Q4"), (2031L, "Q1")], workshops.Select(r => (r.Year, r.When)));
        Assert.All(workshops, r => Assert.Equal("Prefeitura Municipal de Tobias Barreto", r.Responsible));
        Assert.Contains("(2028 milestone)", workshops[1].What, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluations_and_targets_after_the_project_get_their_own_year_with_who_is_responsible()
    {
        var rows = Rows(Model("sergipe-apparel"));
        Assert.Equal([2027L, 2028L, 2029L, 2030L, 2031L, 2034L], rows.Select(r => r.Year).Distinct());
        var expost = Assert.Single(rows, r => r.What.StartsWith("Ex-post evaluation", StringComparison.Ordinal));
        Assert.Equal((2034L, "February 2034 (month 84)", "Secretaria de Estado do Desenvolvimento Econômico"), (expost.Year, expost.When, expost.Responsible));
        var target = Assert.Single(rows, r => r.Year == 2034 && !r.What.StartsWith("Ex-post", StringComparison.Ordinal));
        Assert.Equal("Vendas anuais médias por empresa do arranjo produtivo local (2034 target); Crescimento do PIB do território em relação ao crescimento do PIB nacional (2034 target)", target.What);
    }

    [Fact]
    public void A_baseline_still_to_be_collected_is_placed_in_the_month_it_is_due()
    {
        var rows = Rows(Model("masaya-furniture"));
        var baseline = Assert.Single(rows, r => r.What == "Baseline of the indicator “Talleres que aplican nuevos diseños o técnicas de acabado”");
        Assert.Equal((2028L, "by March 2028 (month 9)", "Instituto Nacional Tecnológico"), (baseline.Year, baseline.When, baseline.Responsible));
    }

    [Fact]
    public void A_frequency_that_is_no_calendar_period_is_placed_every_project_year_in_its_own_words()
    {
        var rows = Rows(Model("huila-coffee"));
        var growers = rows.Where(r => r.What.StartsWith("Growers selling traceable specialty lots", StringComparison.Ordinal)).ToList();
        Assert.Equal([2028L, 2029L, 2030L, 2031L], growers.Select(r => r.Year));
        Assert.All(growers, r => Assert.Equal("each harvest", r.When));
    }

    [Fact]
    public void An_indicator_sheet_lists_what_is_not_yet_supplied_and_says_formulas_in_words()
    {
        var indicators = (ScriptObject)Model("sergipe-apparel")["indicators_by_id"]!;
        var gdp = (ScriptObject)indicators["local-gdp"]!;
        Assert.Equal("definition, collection method and rationale", gdp["missing_text"]);
        Assert.Equal("Impact", ((ScriptObject)((ScriptArray)gdp["results"]!)[0]!)["level"]);
        var sales = (ScriptObject)indicators["cluster-sales"]!;
        Assert.Null(sales["missing_text"]);
        Assert.Equal("the baseline × 1.35", sales["target_note"]);
        Assert.Equal("grant budget × 0.5", ((ScriptObject)indicators["grants-disbursed"]!)["target_note"]);
        Assert.Equal(
            "Numerator: empresas participantes cuja proprietária ou gerente é mulher. Denominator: empresas participantes. Reported as a percentage.",
            ((ScriptObject)indicators["women-led-share"]!)["computation_text"]);
        Assert.Equal(["Output"], ((ScriptArray)((ScriptObject)indicators["participating-firms"]!)["results"]!).Cast<ScriptObject>().Select(r => r["level"]).Distinct());
    }

    [Theory]
    [InlineData("baseline.value \\* 1.35", "the baseline × 1.35")]
    [InlineData("= derived.grant\\_budget / 2", "grant budget ÷ 2")]
    [InlineData("project.budget.mif \\* 0.1", "mif × 0.1")]
    public void A_formula_reads_as_words(string escaped, string expected) =>
        Assert.Equal(expected, IndicatorSheets.FormulaInWords(escaped));
}
