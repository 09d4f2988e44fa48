using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The board brief says what a board needs in words: summary, theory of change, money, risks, score.</summary>
public sealed class BoardBriefTests
{
    private static string Brief(string example, Func<string, string>? edit = null)
    {
        var path = TestPaths.InRepo("examples", example + ".yaml");
        // The brief's English words are asserted here; the examples' own text stays in its language.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"(?m)^  language: (es|pt)$", "  language: en");
        var result = RenderTestHelpers.Render(path, example + ".yaml", edit is null ? text : edit(text));
        return result.Files.Single(f => f.Key.EndsWith("-board-brief.md", StringComparison.Ordinal)).Value;
    }

    [Fact]
    public void A_project_without_a_summary_gets_one_from_its_diagnosis_and_goals_and_says_so()
    {
        var brief = Brief("masaya-furniture", t => System.Text.RegularExpressions.Regex.Replace(t, @"  summary: >-\n(    .*\n)+", ""));
        Assert.Contains("In Masaya y los Pueblos Blancos, the problem the project addresses is this: Los talleres compiten entre sí en precio", brief);
        Assert.Contains("Its long-run goal: Los talleres de muebles y artesanías de Masaya venden más y exportan más.", brief);
        Assert.Contains("By the end of execution: Los talleres cooperan en las compras, el acabado y la venta.", brief);
        Assert.Contains("*This summary is generated from the diagnosis and goals: the design gives none of its own.*", brief);
        Assert.DoesNotContain("talleres familiares. El proyecto organiza", brief);
    }

    [Fact]
    public void A_written_summary_is_printed_as_written_without_the_note()
    {
        var brief = Brief("masaya-furniture");
        Assert.Contains("El proyecto organiza a los talleres y a sus proveedores de madera", brief);
        Assert.DoesNotContain("This summary is generated", brief);
    }

    [Fact]
    public void The_theory_of_change_walks_the_links_by_name_and_says_what_is_missing()
    {
        var brief = Brief("masaya-furniture");
        var toc = brief[brief.IndexOf("## Theory of change", StringComparison.Ordinal)..brief.IndexOf("## Budget", StringComparison.Ordinal)];
        Assert.Contains("Under “Organización y estrategia del conglomerado”, the activities “Diagnóstico del conglomerado y talleres de planificación estratégica” and “Secretaría técnica del comité directivo” deliver the output “Estrategia del conglomerado acordada por el comité directivo”, which serves “Los talleres cooperan en las compras, el acabado y la venta”", toc);
        Assert.Contains("; the activities “Visita de intercambio a un conglomerado de muebles en el exterior” and “Publicación de un directorio del conglomerado” are tied to no output", toc);
        Assert.Contains("no activity is tied to the output “Diez iniciativas conjuntas cofinanciadas”, which serves no outcome", toc);
        Assert.Contains("This outcome leads to the long-run goal: “Los talleres de muebles y artesanías de Masaya venden más y exportan más”.", toc);
        Assert.DoesNotMatch(@"\bC\d\.\d", toc);
    }

    [Fact]
    public void The_budget_is_shown_by_component_and_source_and_by_year_with_totals_and_shares()
    {
        var brief = Brief("sergipe-apparel");
        Assert.Contains("| Component | MIF | Counterpart | Other | Total | Share |", brief);
        Assert.Contains("| C3 Fundo de cofinanciamento de iniciativas conjuntas público-privadas | 450,000 | 300,000 | 150,000 | 900,000 | 39.1% |", brief);
        Assert.Contains("| **Total** | **1,250,000** | **900,000** | **150,000** | **2,300,000** | **100%** |", brief);
        Assert.Contains("| *Share of total* | *54.3%* | *39.1%* | *6.5%* | *100%* | *100%* |", brief);
        Assert.Contains("| Component | 2027 | 2028 | 2029 | 2030 | 2031 | Total |", brief);
        Assert.Contains("| C3 Fundo de cofinanciamento de iniciativas conjuntas público-privadas | — | 300,000 | 350,000 | 250,000 | — | 900,000 |", brief);
    }

    [Fact]
    public void Money_a_component_does_not_assign_goes_to_its_own_column_so_rows_add_up()
    {
        var brief = Brief("masaya-furniture");
        Assert.Contains("| Component | MIF | Counterpart | Source not stated | Total | Share |", brief);
        Assert.Contains("| C1 Organización y estrategia del conglomerado | — | — | 300,000 | 300,000 | 22.2% |", brief);
        Assert.Contains("| Component | 2027 | 2028 | 2029 | 2030 | Year not stated | Total |", brief);
    }

    [Fact]
    public void Risks_are_placed_by_name_and_those_without_probability_or_impact_are_named_once()
    {
        var brief = Brief("sergipe-apparel", t => t.Replace(
            "statement: Rotatividade do pessoal municipal após as eleições de 2028, probability: medium, impact: medium,",
            "statement: Rotatividade do pessoal municipal após as eleições de 2028,", StringComparison.Ordinal));
        Assert.Contains("| **High** | — | — | As empresas não compartilham dados de vendas |", brief);
        Assert.Contains("| **Medium** | — | — | Poucas propostas conjuntas na primeira chamada |", brief);
        Assert.Contains("Not placed on the matrix, for want of a stated probability and impact: Rotatividade do pessoal municipal após as eleições de 2028 (overall level medium).", brief);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(brief, "Not placed on the matrix"));
    }

    [Fact]
    public void The_weakest_dimensions_are_named_with_the_rule_titles_that_cost_them_points()
    {
        var brief = Brief("masaya-furniture");
        Assert.Contains("| Monitoring and evaluation | 0/10 | A lessons-learned component (4 points);", brief);
        Assert.Contains("| Diagnosis | 4/10 | The design rests on a diagnosis with evidence (4 points); Every constraint is addressed by the design (2 points) |", brief);
        Assert.DoesNotContain("CMP004", brief);
        Assert.DoesNotContain("DIA001", brief);
    }
}
