using Designer.Projects;
using Designer.Reporting.Rendering;
using Scriban.Runtime;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The templates' model carries the results chain, its time and its money, for the documents to build on.</summary>
public sealed class RenderModelTests
{
    private static ScriptObject Sergipe()
    {
        var loaded = ProjectLoader.LoadFile(TestPaths.InRepo("examples", "sergipe-apparel.yaml"));
        Assert.False(loaded.HasErrors);
        return RenderModel.Build(loaded.Project!, [], "test");
    }

    private static ScriptObject O(object? value) => Assert.IsType<ScriptObject>(value);

    private static ScriptArray A(object? value) => Assert.IsType<ScriptArray>(value);

    [Fact]
    public void The_model_has_the_links_and_lookups_of_the_results_chain()
    {
        var model = Sergipe();
        var activity = O(O(model["activities_by_id"])["C2.1.2"]);
        var output = O(O(activity["links"])["output"]);
        Assert.Equal("C2.1", output["id"]);
        var outcome = O(A(O(output["links"])["outcomes"])[0]);
        Assert.Equal("O2", outcome["id"]);
        Assert.Equal(O(O(model["outcomes_by_id"])["O2"])["statement"], outcome["statement"]);
        Assert.Equal(
            "As empresas de confecções do Agreste crescem mais rápido que as de territórios comparáveis",
            O(O(outcome["links"])["impact"])["statement"]);
    }

    [Fact]
    public void The_model_has_years_milestones_and_money_by_source_and_year()
    {
        var model = Sergipe();
        Assert.Equal(new object[] { 2027L, 2028L, 2029L, 2030L, 2031L }, A(model["years"]).Cast<object>());
        var sales = O(O(model["indicators_by_id"])["cluster-sales"]);
        Assert.Equal(90000L, O(sales["milestones"])["2029"]);
        Assert.Equal("polo de confecções de Santa Cruz do Capibaribe, Pernambuco", sales["control_text"]);
        var c1 = O(A(model["components"])[0]);
        Assert.Equal(260000L, O(c1["financing"])["mif"]);
        Assert.Equal(5, A(O(c1["links"])["years"]).Count);
        var calendar = A(model["calendar"]).Cast<ScriptObject>().ToDictionary(r => (string)r["name"]!, r => r["month"]);
        Assert.Equal(24L, calendar["Midterm evaluation"]);
        Assert.Equal(84L, calendar["Ex-post evaluation"]);
    }
}
