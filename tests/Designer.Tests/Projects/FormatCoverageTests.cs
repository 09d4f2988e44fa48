using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Schema;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>
/// The starter and the examples show the format: the Sergipe example and the starter from <c>designer init</c>
/// use every element of the results chain, its time and its money, and each of the three examples uses most.
/// </summary>
public sealed class FormatCoverageTests
{
    /// <summary>The elements added for the results chain, its time and its money, as key paths.</summary>
    private static readonly string[] ResultsChain =
    [
        "diagnosis.problem", "diagnosis.evidence[].source", "diagnosis.evidence[].year", "diagnosis.evidence[].finding",
        "diagnosis.constraints[].id", "diagnosis.constraints[].text", "diagnosis.constraints[].raised_by", "diagnosis.constraints[].addressed_by",
        "goals.outcomes[].id", "components[].outputs[].contributes_to", "components[].outputs[].assumptions",
        "components[].activities[].output", "components[].activities[].start_month",
        "indicators[].target_year", "indicators[].milestones", "indicators[].direction", "indicators[].baseline.status",
        "monitoring.evaluations.ex_post.month", "monitoring.evaluations.ex_post.budget", "monitoring.evaluations.ex_post.responsible", "monitoring.evaluations.ex_post.method",
        "components[].financing.mif", "components[].financing.counterpart", "components[].by_year", "monitoring.budget",
        "indicators[].control.group", "indicators[].control.same_country",
        "risks[].id", "risks[].probability", "risks[].impact", "risks[].owner", "risks[].at",
        "targeting.groups[].poverty_criterion",
    ];

    /// <summary>Used by the Sergipe example, beyond what the starter shows.</summary>
    private static readonly string[] SergipeAlso =
    [
        "components[].financing.other", "indicators[].computation.numerator", "indicators[].computation.denominator",
        "indicators[].control.baseline", "indicators[].control.cost", "indicators[].target_group",
        "monitoring.evaluations.midterm.month", "monitoring.evaluations.final.month",
    ];

    private static HashSet<string> KeysUsed(Project project)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Value v, string path)
        {
            switch (v.Kind)
            {
                case ValueKind.Map:
                    foreach (var e in v.AsMap.Entries)
                    {
                        if (e.Key.Kind != ValueKind.String || e.Key.AsString == "links")
                        {
                            continue;
                        }
                        var p = path.Length == 0 ? e.Key.AsString : $"{path}.{e.Key.AsString}";
                        used.Add(p);
                        Walk(e.Value, p);
                    }
                    break;
                case ValueKind.List:
                    foreach (var item in v.AsList.AsSpan())
                    {
                        Walk(item, path + "[]");
                    }
                    break;
            }
        }
        Walk(project.Value, "");
        return used;
    }

    private static Project LoadExample(string name)
    {
        var result = ProjectLoader.LoadFile(TestPaths.InRepo("examples", name));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Project!;
    }

    [Fact]
    public void The_starter_uses_every_element_of_the_results_chain()
    {
        var result = ProjectLoader.Load("starter.yaml", StarterProject.Text);
        Assert.Empty(result.Diagnostics);
        var used = KeysUsed(result.Project!);
        var missing = ResultsChain.Where(p => !used.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "the starter lacks " + string.Join(", ", missing));
    }

    [Fact]
    public void The_sergipe_example_uses_every_new_element()
    {
        var project = LoadExample("sergipe-apparel.yaml");
        var used = KeysUsed(project);
        var missing = ResultsChain.Concat(SergipeAlso).Where(p => !used.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "the example lacks " + string.Join(", ", missing));
        Assert.Equal("true", Eval(project, "indicators.exists(i, type(i.measures) == list)"));
        Assert.Equal("true", Eval(project, "indicators.exists(i, i.level == 'beneficiaries')"));
        Assert.Equal("true", Eval(project, "indicators.exists(i, type(i.control) == map)"));
    }

    [Fact]
    public void The_three_examples_together_use_every_new_element()
    {
        var used = new[] { "sergipe-apparel.yaml", "huila-coffee.yaml", "masaya-furniture.yaml" }
            .SelectMany(e => KeysUsed(LoadExample(e))).ToHashSet(StringComparer.Ordinal);
        var missing = ResultsChain.Concat(SergipeAlso).Append("indicators[].baseline.due_month").Where(p => !used.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "the examples lack " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("sergipe-apparel.yaml")]
    [InlineData("huila-coffee.yaml")]
    [InlineData("masaya-furniture.yaml")]
    public void Every_example_links_its_results_chain_and_its_money(string example)
    {
        var project = LoadExample(example);
        Assert.Equal("true", Eval(project, "goals.outcomes.all(o, has(o.id))"));
        Assert.Equal("true", Eval(project, "flatten(components.map(c, c.outputs)).exists(o, size(o.links.outcomes) > 0)"));
        Assert.Equal("true", Eval(project, "flatten(components.map(c, c.activities)).exists(a, a.links.output != null && size(a.links.output.links.outcomes) > 0)"));
        Assert.Equal("true", Eval(project, "components.exists(c, size(c.links.years) > 0 && size(c.links.sources) > 0)"));
        Assert.Equal("true", Eval(project, "size(diagnosis.constraints) > 0 && diagnosis.constraints.all(k, size(k.links.raised_by) > 0)"));
        Assert.Equal("true", Eval(project, "risks.all(r, has(r.id) && has(r.probability) && has(r.impact) && r.links.owner != null)"));
    }

    [Fact]
    public void The_sergipe_example_has_yearly_milestones_and_adds_up_its_money()
    {
        var project = LoadExample("sergipe-apparel.yaml");
        Assert.Equal("true", Eval(project, "indicators.all(i, has(i.milestones))"));
        Assert.Equal("true", Eval(project, "components.all(c, sum(c.links.years.map(y, y.amount)) == c.budget)"));
        Assert.Equal("true", Eval(project, "components.all(c, sum(c.links.sources.map(s, s.amount)) == c.budget)"));
        Assert.Equal("true", Eval(project, "components.all(c, c.links.activities_budget == c.budget)"));
        Assert.Equal("true", Eval(project, "components.all(c, c.outputs.all(o, size(o.contributes_to) > 0)) && flatten(components.map(c, c.activities)).all(a, has(a.output))"));
        Assert.Equal("true", Eval(project, "sum(components.map(c, c.financing.mif)) == project.budget.mif"));
    }

    private static string Eval(Project project, string expression) =>
        ValueFormatter.ToLiteral(Designer.Expressions.ExpressionEngine.Compile(expression).Evaluate(project.Scope));
}
