using Designer.Diagnostics;
using Designer.Projects;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>The evaluability score: points lost per finding, traced to their rule, capped at the dimension, suppressions free.</summary>
public sealed class EvaluabilityTests
{
    private const string Pack = """
        pack: score
        title: Score
        evaluability:
          version: 3
          dimensions:
            diagnosis: { title: Diagnosis, max: 10 }
            objectives: { title: Objectives, max: 10 }
            logic: { title: Logic, max: 20 }
            risks: { title: Risks, max: 10 }
            output-indicators: { title: Output indicators, max: 10 }
            outcome-indicators: { title: Outcome indicators, max: 10 }
            output-baselines: { title: Output baselines, max: 10 }
            outcome-baselines: { title: Outcome baselines, max: 10 }
            monitoring: { title: Monitoring, max: 10 }
        rules:
          - { id: A001, title: t, area: a, severity: warning, lesson: l, cite: c, message: m, for_each: indicators, assert: 'has(it.baseline)', evaluability: { dimension: output-baselines, points: 4 } }
          - { id: A002, title: t, area: a, severity: info, lesson: l, cite: c, message: m, assert: 'size(risks) > 0', evaluability: { dimension: risks, points: 3 } }
          - { id: A003, title: t, area: a, severity: info, lesson: l, cite: c, message: m, assert: 'false' }
        """;

    private static RulePack LoadPack()
    {
        var (pack, diagnostics) = RulePackLoader.Load("score.yaml", Pack);
        Assert.Empty(diagnostics);
        return pack!;
    }

    private static Finding FindingOf(string rule, string? element = null, string? suppressed = null) =>
        new(rule, "t", Severity.Warning, "m", SourceSpan.StartOf("p.yaml"), "a", "l", "c", null, element, suppressed);

    [Fact]
    public void Each_finding_costs_its_rules_points_in_its_dimension_and_the_loss_is_traced()
    {
        var pack = LoadPack();
        var score = EvaluabilityScorer.Score(pack.Evaluability!, [FindingOf("A001", "x"), FindingOf("A002"), FindingOf("A003")], pack.Rules);
        Assert.Equal(93, score.Score);
        Assert.Equal(3, score.Version);
        var baselines = score.Dimensions.Single(d => d.Id == "output-baselines");
        Assert.Equal((6, 10), (baselines.Score, baselines.Max));
        Assert.Equal([new LostPoints("A001", 4)], baselines.Lost);
        Assert.Equal([new LostPoints("A002", 3)], score.Dimensions.Single(d => d.Id == "risks").Lost);
        // A rule without a weight costs nothing.
        Assert.Equal(2, score.Dimensions.Sum(d => d.Lost.Count));
    }

    [Fact]
    public void A_dimension_does_not_go_below_zero_and_its_lost_points_add_up_to_what_it_lost()
    {
        var pack = LoadPack();
        var findings = Enumerable.Range(0, 4).Select(i => FindingOf("A001", "i" + i)).ToList();
        var score = EvaluabilityScorer.Score(pack.Evaluability!, findings, pack.Rules);
        var baselines = score.Dimensions.Single(d => d.Id == "output-baselines");
        Assert.Equal(0, baselines.Score);
        Assert.Equal(10, baselines.Lost.Sum(l => l.Points));
        Assert.Equal(90, score.Score);
        Assert.All(score.Dimensions, d => Assert.Equal(d.Max - d.Score, d.Lost.Sum(l => l.Points)));
    }

    [Fact]
    public void A_suppressed_finding_costs_nothing()
    {
        var pack = LoadPack();
        var score = EvaluabilityScorer.Score(pack.Evaluability!, [FindingOf("A001", "x", suppressed: "reviewed")], pack.Rules);
        Assert.Equal(100, score.Score);
        Assert.Equal("evaluability 100/100", score.Summary());
    }

    [Fact]
    public void The_summary_line_names_the_dimensions_that_lost_points()
    {
        var pack = LoadPack();
        var score = EvaluabilityScorer.Score(pack.Evaluability!, [FindingOf("A002")], pack.Rules);
        Assert.Equal("evaluability 97/100 (risks 7/10)", score.Summary());
    }

    [Fact]
    public void The_examples_are_scored_from_their_findings()
    {
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var sergipe = linter.CheckFile(TestPaths.InRepo("examples", "sergipe-apparel.yaml"));
        var huila = linter.CheckFile(TestPaths.InRepo("examples", "huila-coffee.yaml"));
        // Sergipe loses points only to its weaknesses of the results matrix: the baseline-and-monitoring output
        // measured by the firms taking part (LOG004), no outcome measured for the groups it targets (POR008), and no
        // indicator for the share of participating firms whose competitive position improved (MON011), and none for the
        // long-run sales or productivity of the firms it serves directly (MON019).
        Assert.Equal(94, sergipe.Evaluability!.Score);
        Assert.Equal(["LOG004", "MON011", "MON019", "POR008"], sergipe.Evaluability.Dimensions.SelectMany(d => d.Lost).Select(l => l.Rule).Order(StringComparer.Ordinal));
        // Huila states one risk with its mitigation but no assumptions at any level: the points of the rule that says
        // so are lost, and no more (RSK003 does not count the same gap again).
        var risks = huila.Evaluability!.Dimensions.Single(d => d.Id == "risks");
        Assert.Equal(6, risks.Score);
        Assert.Equal(["RSK002"], risks.Lost.Select(l => l.Rule));
        Assert.All(huila.Evaluability.Dimensions.SelectMany(d => d.Lost), l => Assert.Contains(huila.Active, f => f.RuleId == l.Rule));
    }

    [Fact]
    public void A_project_that_fails_to_load_has_no_score()
    {
        var report = new Linter([RulePackLoader.BuiltIn]).CheckText("broken.yaml", "designer: 1\nproject: [\n");
        Assert.Null(report.Evaluability);
    }
}
