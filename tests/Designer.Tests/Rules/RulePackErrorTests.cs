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
}
