using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Yaml;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>
/// The results chain, its time and its money: a file in the first release's format loads unchanged, and the new
/// elements are bound, resolved into <c>links</c> and reachable from expressions through the lookup functions.
/// (Invalid values and references, with their exact positions and messages, are corpus files 025–027.)
/// </summary>
public sealed class ResultsChainTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Cases", "Corpus", name);

    private static Project Load(string path)
    {
        var result = ProjectLoader.LoadFile(path);
        Assert.Empty(result.Diagnostics);
        return result.Project!;
    }

    private static string Eval(Project project, string expression) =>
        ValueFormatter.ToLiteral(ExpressionEngine.Compile(expression).Evaluate(project.Scope));

    [Fact]
    public void A_file_in_the_first_release_format_loads_unchanged()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "Compat", "sergipe-apparel-format-1.0.yaml");
        var project = Load(path);
        var text = File.ReadAllText(path);
        var raw = YamlValues.ToValue(YamlReader.Read(path, text, new DiagnosticBag(), YamlLimits.Default)!);
        var compared = AssertSameData(raw, project.Value, project, "");
        Assert.True(compared > 300, $"only {compared} values compared");
        Assert.Equal("'cluster-sales'", Eval(project, "indicators.filter(i, i.id == 'cluster-sales')[0].measures"));
        Assert.Equal("24", Eval(project, "monitoring.evaluations.midterm"));
    }

    /// <summary>Every value written is loaded as written (computed fields aside); Designer only adds <c>links</c>.</summary>
    private static int AssertSameData(Value written, Value loaded, Project project, string path)
    {
        switch (written.Kind)
        {
            case ValueKind.Map:
                Assert.True(loaded.Kind == ValueKind.Map, $"{path}: not a map");
                var count = 0;
                foreach (var e in loaded.AsMap.Entries)
                {
                    var key = ValueFormatter.ToLiteral(e.Key);
                    if (e.Key.Kind == ValueKind.String && e.Key.AsString == "links")
                    {
                        Assert.Null(e.KeySpan);
                        continue;
                    }
                    Assert.True(written.AsMap.TryGet(e.Key, out var w), $"{path}.{key}: added by the loader");
                    if (e.ValueSpan is not null && project.ComputedBySpan.ContainsKey(e.ValueSpan))
                    {
                        continue;
                    }
                    count += AssertSameData(w, e.Value, project, $"{path}.{key}");
                }
                Assert.Equal(written.AsMap.Count, loaded.AsMap.Entries.ToArray().Count(e => !(e.Key.Kind == ValueKind.String && e.Key.AsString == "links")));
                return count;
            case ValueKind.List:
                Assert.Equal(written.AsList.Count, loaded.AsList.Count);
                var n = 0;
                for (var i = 0; i < written.AsList.Count; i++)
                {
                    n += AssertSameData(written.AsList[i], loaded.AsList[i], project, $"{path}[{i}]");
                }
                return n;
            default:
                Assert.True(ValueFormatter.ToLiteral(written) == ValueFormatter.ToLiteral(loaded), $"{path}: {ValueFormatter.ToLiteral(written)} loaded as {ValueFormatter.ToLiteral(loaded)}");
                return 1;
        }
    }

    [Fact]
    public void An_activity_walks_up_to_the_impact_goal()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        Assert.Equal("'Higher sales outside the valley'", Eval(project, "activity('C1.1.1').links.output.links.outcomes[0].links.impact.statement"));
        Assert.Equal("'C1'", Eval(project, "activity('C1.1.2').links.component"));
        Assert.Equal("['O1']", Eval(project, "output('C1.1').links.outcomes.map(o, o.id)"));
        Assert.Equal("['new-buyers']", Eval(project, "outcome('O1').links.indicators.map(i, i.id)"));
        Assert.Equal("['sales']", Eval(project, "goals.impact.links.indicators.map(i, i.id)"));
    }

    [Fact]
    public void A_component_has_its_years_and_sources_in_order()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        Assert.Equal("[2027, 2028, 2029]", Eval(project, "component('C1').links.years.map(y, y.year)"));
        Assert.Equal("true", Eval(project, "sum(component('C1').links.years.map(y, y.amount)) == component('C1').budget"));
        Assert.Equal("['mif', 'counterpart', 'other']", Eval(project, "component('C1').links.sources.map(s, s.source)"));
        Assert.Equal("900", Eval(project, "component('C1').links.activities_budget"));
        Assert.Equal("[]", Eval(project, "component('C2').links.years"));
        Assert.Equal("400", Eval(project, "components[0].by_year[2028]"));
    }

    [Fact]
    public void Indicators_carry_years_milestones_and_what_they_measure()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        Assert.Equal("20", Eval(project, "indicator('firms-labelled').milestones[2028]"));
        Assert.Equal("2030", Eval(project, "indicator('firms-labelled').links.target_year"));
        Assert.Equal("2029", Eval(project, "indicator('new-buyers').links.target_year"));
        Assert.Equal("['participating-firms']", Eval(project, "indicator('firms-labelled').links.measures"));
        Assert.Equal("['cluster-sales', 'firms-with-competitive-strategies']", Eval(project, "indicator('new-buyers').links.measures"));
        Assert.Equal("'gender'", Eval(project, "indicator('new-buyers').links.target_group.poverty_criterion"));
        Assert.Equal("'City'", Eval(project, "indicator('new-buyers').links.responsible.name"));
        Assert.Equal("true", Eval(project, "indicator('new-buyers').control.same_country"));
        Assert.Equal("'Firms of the next valley'", Eval(project, "indicator('sales').control"));
        Assert.Equal("'to-be-collected'", Eval(project, "indicator('new-buyers').baseline.status"));
    }

    [Fact]
    public void Diagnosis_risks_and_evaluations_resolve_their_references()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        Assert.Equal("['Agency', 'City']", Eval(project, "constraint('K1').links.raised_by.map(a, a.name)"));
        Assert.Equal("['C1.1', 'C1.1.1']", Eval(project, "constraint('K1').links.addressed_by.map(x, x.id)"));
        Assert.Equal("'Agency'", Eval(project, "risk('R1').links.owner.name"));
        Assert.Equal("18", Eval(project, "monitoring.evaluations.midterm"));
        Assert.Equal("40", Eval(project, "monitoring.evaluations.ex_post.budget"));
        Assert.Equal("60", Eval(project, "monitoring.links.budget"));
        Assert.Equal("'Women-led firms'", Eval(project, "group('women').name"));
    }

    [Fact]
    public void The_monitoring_budget_defaults_to_the_lessons_learned_component()
    {
        var text = File.ReadAllText(Corpus("025-results-chain.yaml")).Replace("  budget: 60\n", "", StringComparison.Ordinal);
        var result = ProjectLoader.Load("no-me-budget.yaml", text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("100", Eval(result.Project!, "monitoring.links.budget"));
    }

    [Fact]
    public void A_walk_over_a_whole_value_does_not_follow_the_links()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        Assert.Equal("['C1.1.1', 'Design the label', 'C1.1']", Eval(project, "texts(activity('C1.1.1'))"));
        Assert.Equal("1", Eval(project, "size(texts(goals).filter(t, t == 'Higher sales outside the valley'))"));
    }

    [Fact]
    public void A_lookup_of_an_unknown_id_is_an_error_value()
    {
        var project = Load(Corpus("025-results-chain.yaml"));
        var v = ExpressionEngine.Compile("indicator('nope')").Evaluate(project.Scope);
        Assert.True(v.IsError);
        Assert.Equal("no indicator with id 'nope' in the project", v.AsError.Message);
        Assert.True(ExpressionEngine.Compile("actor('agency')").Evaluate(MapScope.Empty).IsError);
    }

    [Fact]
    public void Expressions_in_the_file_can_use_lookups_and_links()
    {
        var text = File.ReadAllText(Corpus("025-results-chain.yaml"))
            + "derived:\n  labelled_2028: = indicator('firms-labelled').milestones[2028]\n  chain: = size(activity('C1.1.1').links.output.links.outcomes)\n";
        var result = ProjectLoader.Load("derived.yaml", text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("20", Eval(result.Project!, "labelled_2028"));
        Assert.Equal("1", Eval(result.Project!, "chain"));
    }

    [Fact]
    public void A_path_through_links_is_checked_against_the_format()
    {
        var text = File.ReadAllText(Corpus("025-results-chain.yaml"))
            + "derived:\n  x: = size(components[0].outputs[0].links.outcome)\n  y: = goals.impact.links.indicatrs\n";
        var result = ProjectLoader.Load("derived.yaml", text);
        Assert.Equal(
            [
                "error DSG203: expression in `derived.x` gave an error: no such key: 'outcome'",
                "error DSG202: expression in `derived.y`: `goals.impact.links` has no field `indicatrs`; did you mean `indicators`?",
            ],
            result.Diagnostics.Select(d => $"{d.Severity.ToName()} {d.Code}: {d.Message}"));
    }
}
