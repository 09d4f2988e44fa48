using Designer.Diagnostics;
using Designer.Projects;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>Findings point at the right node; suppressions and configuration work as documented.</summary>
public sealed class CheckerTests
{
    private static readonly string Masaya = TestPaths.InRepo("examples", "masaya-furniture.yaml");

    private static IReadOnlyList<Finding> Check(string path, string? text = null)
    {
        var loaded = text is null ? ProjectLoader.LoadFile(path) : ProjectLoader.Load(path, text);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return Checker.Check(loaded.Project!, RulePackLoader.BuiltIn.Rules);
    }

    [Fact]
    public void A_finding_on_a_missing_key_points_at_its_parent()
    {
        var mon001 = Check(Masaya).Single(f => f.RuleId == "MON001");
        Assert.Equal("workshops-upgraded", mon001.Element);
        Assert.Equal((174, 5), (mon001.Span.Line, mon001.Span.Column));
    }

    [Fact]
    public void A_suppression_with_a_reason_silences_its_rule_and_keeps_the_reason()
    {
        var pub001 = Check(Masaya).Single(f => f.RuleId == "PUB001");
        Assert.True(pub001.Suppressed);
        Assert.StartsWith("La reforma de la ventanilla única municipal", pub001.SuppressedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_without_reason_or_that_matches_nothing_is_a_finding()
    {
        var text = File.ReadAllText(Masaya).Replace(
            "  - { rule: PUB001, reason: La reforma de la ventanilla única municipal se financia con otra operación del BID en Masaya. }",
            "  - { rule: PUB001 }\n  - { rule: TER001, reason: no hace falta }",
            StringComparison.Ordinal);
        var findings = Check(Masaya, text);
        var sup1 = findings.Single(f => f.RuleId == Checker.SuppressionWithoutReason);
        Assert.Equal(Severity.Error, sup1.Severity);
        var sup2 = findings.Single(f => f.RuleId == Checker.UnusedSuppression);
        Assert.Equal("the suppression of TER001 matches no finding", sup2.Message);
        Assert.False(findings.Single(f => f.RuleId == "PUB001").Suppressed);
    }

    [Fact]
    public void A_suppression_for_one_element_leaves_the_others()
    {
        var text = File.ReadAllText(Masaya)
            .Replace("firms: 620", "firms: 6", StringComparison.Ordinal)
            .Replace("firms: 480", "firms: 4", StringComparison.Ordinal)
            .Replace("suppress:\n", "suppress:\n  - { rule: SEC002, element: handicrafts, reason: hay un censo de los talleres en curso }\n", StringComparison.Ordinal);
        var sec002 = Check(Masaya, text).Where(f => f.RuleId == "SEC002").ToList();
        Assert.Equal(2, sec002.Count);
        Assert.True(sec002.Single(f => f.Element == "handicrafts").Suppressed);
        Assert.False(sec002.Single(f => f.Element == "furniture").Suppressed);
    }

    [Fact]
    public void Configuration_turns_rules_off_and_changes_severity_and_parameters()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"),
            "rules:\n  CMP004: off\n  MON007: { severity: error, params: { min_staff: 1 } }\n  GOV002: info\n");
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var report = linter.CheckFile(project);
        Assert.Empty(report.Diagnostics);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "CMP004");
        Assert.Equal(Severity.Error, report.Findings.Single(f => f.RuleId == "MON007").Severity);
        Assert.Equal(Severity.Info, report.Findings.Single(f => f.RuleId == "GOV002").Severity);
    }

    [Fact]
    public void Configuration_params_change_a_pack_parameter_for_every_rule_that_reads_it()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        var linter = new Linter([RulePackLoader.BuiltIn]);
        Assert.Contains(linter.CheckFile(project).Findings, f => f.RuleId == "MON008");

        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "params:\n  baseline_month: 12\n");
        var report = new Linter([RulePackLoader.BuiltIn]).CheckFile(project);
        Assert.Empty(report.Diagnostics);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "MON008");
    }

    [Fact]
    public void A_rule_setting_wins_over_the_shared_params()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"),
            "params:\n  baseline_month: 12\nrules:\n  MON008: { params: { baseline_month: 3 } }\n");
        var report = new Linter([RulePackLoader.BuiltIn]).CheckFile(project);
        Assert.Empty(report.Diagnostics);
        // The Masaya example is written in Spanish (`language: es`): its findings read in Spanish.
        Assert.Equal("Establezca la línea de base dentro de los primeros 3 meses.", report.Findings.Single(f => f.RuleId == "MON008").Message);
    }

    [Fact]
    public void Configuration_setting_a_parameter_no_rule_reads_is_an_error_with_a_suggestion()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "params:\n  baseline_months: 12\n");
        var report = new Linter([RulePackLoader.BuiltIn]) { Language = Designer.Localization.Language.English }.CheckFile(project);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal("designer.yaml sets parameter `baseline_months`, which no rule reads; did you mean `baseline_month`?", d.Message);
        Assert.Equal((2, 3), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Configuration_naming_an_unknown_rule_is_an_error_with_its_position()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "rules:\n  MON0077: off\n");
        var report = new Linter([RulePackLoader.BuiltIn]) { Language = Designer.Localization.Language.English }.CheckFile(project);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal("designer.yaml names rule `MON0077`, which no pack has; did you mean `MON007`?", d.Message);
        Assert.Equal((2, 3), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Configuration_errors_read_in_the_language_asked_for_at_the_same_position()
    {
        using var dir = new TempFolder("designer-config-");
        var project = Path.Combine(dir.FullName, "p.yaml");
        File.Copy(Masaya, project);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "rules:\n  MON0077: off\n");
        var english = Assert.Single(new Linter([RulePackLoader.BuiltIn]) { Language = Designer.Localization.Language.English }.CheckFile(project).Diagnostics);
        var spanish = Assert.Single(new Linter([RulePackLoader.BuiltIn]) { Language = Designer.Localization.Language.Spanish }.CheckFile(project).Diagnostics);
        var portuguese = Assert.Single(new Linter([RulePackLoader.BuiltIn]) { Language = Designer.Localization.Language.Portuguese }.CheckFile(project).Diagnostics);
        Assert.Equal("designer.yaml names rule `MON0077`, which no pack has; did you mean `MON007`?", english.Message);
        Assert.Equal("designer.yaml nombra la regla `MON0077`, que ningún paquete contiene; ¿quiso decir `MON007`?", spanish.Message);
        Assert.Equal("Ejecute `designer rules list` para ver los ids de las reglas.", spanish.Hint);
        Assert.Equal("designer.yaml cita a regra `MON0077`, que nenhum pacote contém; quis dizer `MON007`?", portuguese.Message);
        Assert.Equal("Execute `designer rules list` para ver os ids das regras.", portuguese.Hint);
        Assert.Equal((DiagnosticCodes.Config, 2, 3), (english.Code, english.Span.Line, english.Span.Column));
        Assert.Equal((english.Code, english.Span), (spanish.Code, spanish.Span));
        Assert.Equal((english.Code, english.Span), (portuguese.Code, portuguese.Span));
    }

    [Fact]
    public void Parallel_and_sequential_checks_give_the_same_findings()
    {
        var files = Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        files = [.. files, .. files, .. files];
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var parallel = linter.CheckFiles(files, parallel: true);
        var sequential = linter.CheckFiles(files, parallel: false);
        Assert.Equal(sequential.SelectMany(r => r.Findings), parallel.SelectMany(r => r.Findings));
    }
}

/// <summary>The number of findings per project is bounded.</summary>
public sealed class FindingLimitTests
{
    [Fact]
    public void Findings_beyond_the_limit_are_cut_with_a_finding_that_says_so()
    {
        var (pack, diagnostics) = RulePackLoader.Load("flood.yaml",
            "pack: flood\ntitle: Flood\nrules:\n  - { id: FLD001, title: t, area: a, severity: warning, lesson: l, cite: c, message: m, for_each: 'indicators', assert: 'false' }\n");
        Assert.Empty(diagnostics);
        var project = ProjectLoader.LoadFile(TestPaths.InRepo("examples", "sergipe-apparel.yaml")).Project!;
        var findings = Checker.Check(project, pack!.Rules, maxFindings: 5);
        Assert.Equal(6, findings.Count);
        var last = findings[^1];
        Assert.Equal(Checker.TooManyFindings, last.RuleId);
        Assert.Equal("more than 5 findings; the rest are not reported (limit); reached in rule FLD001", last.Message);
    }
}
