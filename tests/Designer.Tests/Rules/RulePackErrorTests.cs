using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>A rule pack with a mistake is reported at its own file:line:col.</summary>
public sealed class RulePackErrorTests
{
    private static string Load(string yaml)
    {
        var (pack, diagnostics) = RulePackLoader.Load("agency.yaml", yaml);
        Assert.Null(pack);
        return string.Join("\n", diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column}: {d.Code}: {d.Message}"));
    }

    private const string Header = "pack: agency\ntitle: Agency rules\nrules:\n";

    private const string Rule = "  - id: AGY001\n    title: T\n    area: budget\n    severity: warning\n    lesson: L\n    cite: C\n    message: M\n";

    [Fact]
    public void A_bad_expression_points_at_its_column()
    {
        Assert.Equal("11:29: DSG301: rule AGY001: `assert`: unexpected end of expression, expected an expression",
            Load(Header + Rule + "    assert: size(sectors) >="));
    }

    [Fact]
    public void Errors_of_a_pack_large_enough_to_compile_on_all_cores_are_the_same_and_in_order()
    {
        // Forty rules (more than the sixteen expressions from which a pack compiles in parallel), two broken.
        var rules = string.Concat(Enumerable.Range(1, 40).Select(i =>
            Rule.Replace("AGY001", $"AGY{i:000}", StringComparison.Ordinal)
            + (i switch { 7 => "    assert: size(sectors) >=\n", 31 => "    assert: sizeof(sectors) > 0\n", _ => "    assert: size(sectors) > 0\n" })));
        var expected = "59:29: DSG301: rule AGY007: `assert`: unexpected end of expression, expected an expression\n"
            + "251:13: DSG301: rule AGY031: `assert`: unknown function 'sizeof'";
        Assert.Equal(expected, Load(Header + rules));
        Assert.Equal(expected, Load(Header + rules));
    }

    [Fact]
    public void An_unknown_section_is_named_with_a_suggestion()
    {
        Assert.Equal("11:18: DSG301: rule AGY001: `assert` names `sectorz`, which is not a section of the project; did you mean `sectors`?",
            Load(Header + Rule + "    assert: size(sectorz) > 0"));
    }

    [Fact]
    public void An_unknown_function_is_refused_at_load()
    {
        Assert.Equal("11:13: DSG301: rule AGY001: `assert`: unknown function 'sizeof'",
            Load(Header + Rule + "    assert: sizeof(sectors) > 0"));
    }

    [Fact]
    public void A_missing_assert_and_an_unknown_key_are_both_reported()
    {
        Assert.Equal(
            "4:5: DSG301: missing required key `assert` in rule AGY001\n11:5: DSG301: unknown key `asert` in rule AGY001; did you mean `assert`?",
            Load(Header + Rule + "    asert: true"));
    }

    [Fact]
    public void A_duplicate_id_points_at_the_second_rule()
    {
        var rule = Rule + "    assert: true\n";
        Assert.Equal("12:5: DSG301: duplicate rule id `AGY001` (first defined at line 4)", Load(Header + rule + rule));
    }

    [Fact]
    public void A_bad_severity_is_reported()
    {
        Assert.Equal("7:15: DSG301: `fatal` is not a severity",
            Load(Header + Rule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal) + "    assert: true"));
    }

    [Fact]
    public void It_outside_for_each_is_explained()
    {
        Assert.Equal("11:13: DSG301: rule AGY001: `assert` names `it`, which is not a section of the project; `it` exists only in a rule with `for_each`",
            Load(Header + Rule + "    assert: it.x > 0"));
    }

    private const string Dimensions = "evaluability:\n  version: 1\n  dimensions:\n    diagnosis: { title: D, max: 10 }\n    objectives: { title: O, max: 10 }\n    logic: { title: L, max: 20 }\n    risks: { title: R, max: 10 }\n    output-indicators: { title: OI, max: 10 }\n    outcome-indicators: { title: UI, max: 10 }\n    output-baselines: { title: OB, max: 10 }\n    outcome-baselines: { title: UB, max: 10 }\n    monitoring: { title: M, max: 10 }\n";

    [Fact]
    public void Evaluability_dimensions_must_add_up_to_100()
    {
        var yaml = "pack: agency\ntitle: Agency rules\n" + Dimensions.Replace("logic: { title: L, max: 20 }", "logic: { title: L, max: 15 }", StringComparison.Ordinal) + "rules:\n" + Rule + "    assert: true\n";
        Assert.Equal("6:5: DSG301: the evaluability dimensions add up to 95 points, not 100", Load(yaml));
    }

    [Fact]
    public void An_unknown_evaluability_dimension_is_named_with_a_suggestion()
    {
        var yaml = "pack: agency\ntitle: Agency rules\n" + Dimensions + "rules:\n" + Rule + "    assert: true\n    evaluability: { dimension: risk, points: 2 }\n";
        Assert.Equal("24:32: DSG301: rule AGY001: `risk` is not an evaluability dimension; did you mean `risks`?", Load(yaml));
    }

    [Fact]
    public void A_parameter_no_one_defines_is_refused_at_load()
    {
        Assert.Equal("4:5: DSG301: rule AGY001 reads `params.max_rows`, which neither the rule nor its pack defines",
            Load(Header + Rule + "    assert: size(sectors) <= params.max_rows"));
    }

    [Fact]
    public void A_pack_parameter_states_its_basis()
    {
        var yaml = "pack: agency\ntitle: Agency rules\nparams:\n  max_rows: { value: 3, basis: folklore }\nrules:\n" + Rule + "    assert: size(sectors) <= params.max_rows\n";
        Assert.Equal("4:32: DSG301: `folklore` is not a basis for pack parameter `max_rows`", Load(yaml));
    }

    [Fact]
    public void Pack_parameters_reach_every_rule_and_a_rule_may_override_them()
    {
        var yaml = "pack: agency\ntitle: Agency rules\nparams:\n  max_rows: { value: 3, basis: designer, note: n }\nrules:\n"
            + Rule + "    assert: size(sectors) <= params.max_rows\n"
            + Rule.Replace("AGY001", "AGY002", StringComparison.Ordinal) + "    params: { max_rows: 5 }\n    assert: size(sectors) <= params.max_rows\n";
        var (pack, diagnostics) = RulePackLoader.Load("agency.yaml", yaml);
        Assert.Empty(diagnostics);
        Assert.Equal(["3", "5"], pack!.Rules.Select(r => { r.Params.TryGet("max_rows", out var v); return v.ToString(); }));
        Assert.Equal("designer", Assert.Single(pack.Params).Basis);
        Assert.Equal(["max_rows"], pack.Rules[0].ParamNames);
    }
}
