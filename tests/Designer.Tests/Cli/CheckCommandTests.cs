using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>`designer check`: the output of every format on the examples (golden files), and the exit codes.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class CheckCommandTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("github")]
    public void Examples_output_matches_the_golden_file(string format)
    {
        var result = CliRunner.Run("check", "examples", "--format", format);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Err);
        using (ApprovalResults.ForScenario(format))
        {
            Approvals.Verify(result.Out);
        }
    }

    [Fact]
    public void Output_is_byte_identical_across_runs()
    {
        var first = CliRunner.Run("check", "examples", "--format", "json").Out;
        var second = CliRunner.Run("check", "examples", "--format", "json").Out;
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_clean_project_exits_zero_and_fail_on_info_exits_one()
    {
        Assert.Equal(0, CliRunner.Run("check", "examples/sergipe-apparel.yaml").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", "examples/sergipe-apparel.yaml", "--fail-on", "warning").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", "examples/huila-coffee.yaml", "--fail-on", "warning", "--no-builtin", "--rules", "rules/mif-territorial.yaml").ExitCode);
        using var dir = new TempFolder("designer-clean-");
        var mended = Path.Combine(dir.FullName, "sergipe.yaml");
        File.WriteAllText(mended, MendedSergipe());
        var clean = CliRunner.RunIn(dir.FullName, "check", "sergipe.yaml", "--fail-on", "info", "--quiet");
        Assert.Equal((0, ""), (clean.ExitCode, clean.Out));
    }

    /// <summary>
    /// The Sergipe example with its seven remaining weaknesses mended: the governments of all four municipalities
    /// sit in the council, the grant facility requires a public proponent, the business-development component
    /// states its funding criteria, the baseline-and-monitoring output is measured by the baseline survey instead of
    /// the firms taking part, an outcome is measured for the women the project targets, the share of participating firms whose
    /// competitive position improved is measured, and so are the long-run sales of the participating firms.
    /// </summary>
    internal static string MendedSergipe() =>
        File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("  - { id: state-sedetec,", "  - { id: itabaianinha-city, name: Prefeitura Municipal de Itabaianinha, kind: local-government, sector: public }\n  - { id: poco-verde-city, name: Prefeitura Municipal de Poço Verde, kind: local-government, sector: public }\n  - { id: simao-dias-city, name: Prefeitura Municipal de Simão Dias, kind: local-government, sector: public }\n  - { id: state-sedetec,", StringComparison.Ordinal)
            .Replace("members: [sebrae-se, tobias-city, state-sedetec,", "members: [sebrae-se, tobias-city, itabaianinha-city, poco-verde-city, simao-dias-city, state-sedetec,", StringComparison.Ordinal)
            .Replace("      proponents_must_include: [private, knowledge]\n      innovative_for_region: preferred\n      environmental_compliance: required\n      max_grant_share: 0.5", "      proponents_must_include: [private, public]\n      max_grant_share: 0.5", StringComparison.Ordinal)
            .Replace("    title: Desenvolvimento empresarial das empresas de confecções e bordados\n    budget: 600000\n", "    title: Desenvolvimento empresarial das empresas de confecções e bordados\n    budget: 600000\n    grant_rules: { min_proponents: 3, proponents_must_include: [private, knowledge], innovative_for_region: preferred, environmental_compliance: required }\n", StringComparison.Ordinal)
            .Replace("        indicators: [participating-firms]\n        contributes_to: [O1, O2]", "        indicators: [baseline-survey]\n        contributes_to: [O1, O2]", StringComparison.Ordinal)
            .Replace("      indicators: [competitive-strategies]\n", "      indicators: [competitive-strategies, women-led-strategies]\n", StringComparison.Ordinal)
            .Replace("indicators:\n  - id: cluster-sales\n", "indicators:\n  - { id: baseline-survey, name: Pesquisa de linha de base do painel de empresas concluída, horizon: short, level: institution, unit: pesquisa, baseline: { value: 0, year: 2026, status: measured }, target: 1, milestones: { 2027: 1 }, direction: increase, frequency: uma única vez, means_of_verification: relatório da pesquisa, responsible: ufs }\n  - { id: women-led-strategies, name: Empresas lideradas por mulheres que seguem estratégias competitivas, horizon: medium, level: beneficiaries, target_group: women, unit: empresas, baseline: { value: 15, year: 2026, status: measured }, target: 80, milestones: { 2028: 30, 2030: 80 }, direction: increase, frequency: anual, means_of_verification: pesquisa com empresas, responsible: ufs }\n  - { id: beneficiary-sales, name: Vendas anuais médias das empresas participantes, horizon: long, level: beneficiaries, measures: cluster-sales, unit: USD por empresa, baseline: { value: 84000, year: 2026, source: pesquisa com empresas 2026, status: measured }, target: 105000, target_year: 2034, direction: increase, frequency: anual, means_of_verification: pesquisa anual com as empresas participantes, responsible: ufs }\n  - { id: improved-position, name: Empresas participantes cuja posição competitiva melhorou, horizon: medium, level: beneficiaries, measures: firms-improved-position, unit: share, baseline: { value: 0, year: 2026, status: measured }, target: 0.5, milestones: { 2028: 0.2, 2030: 0.5 }, direction: increase, frequency: anual, means_of_verification: pesquisa com empresas, responsible: ufs }\n  - id: cluster-sales\n", StringComparison.Ordinal);

    [Fact]
    public void A_broken_project_exits_two_with_the_position_on_stderr_and_no_stack_trace()
    {
        var result = CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/006-unknown-reference.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tests/Designer.Tests/Cases/Corpus/006-unknown-reference.yaml:6:21: error DSG106: unknown actor `agnecy`; did you mean `agency`?", result.Err, StringComparison.Ordinal);
        Assert.Contains("   6 |   executing_agency: agnecy", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        // The structural error does not hide the rule findings: both come in one run, and the exit code stays 2.
        Assert.Contains("tests/Designer.Tests/Cases/Corpus/006-unknown-reference.yaml:18:1 error CMP004 No component monitors results", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("7 errors, 24 warnings, 10 info in 1 file\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_file_that_cannot_be_loaded_skips_the_rules_and_the_summary_says_so()
    {
        var result = CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/011-yaml-syntax.yaml", "tests/Designer.Tests/Cases/Corpus/001-valid.yaml", "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tests/Designer.Tests/Cases/Corpus/011-yaml-syntax.yaml:4:17: error DSG101: ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("011-yaml-syntax.yaml:1:1 ", result.Out, StringComparison.Ordinal);
        Assert.Contains("001-valid.yaml:", result.Out, StringComparison.Ordinal);
        Assert.EndsWith(" in 2 files; 1 file could not be loaded, so the rules did not run on it\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Recoverable_mistakes_and_rule_findings_come_in_one_run_in_every_format()
    {
        var json = CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/010-bad-enum.yaml", "--format", "json");
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("\"DSG107\"", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"CMP004\"", json.Out, StringComparison.Ordinal);
        Assert.Equal("designer: 1 file(s) have structural errors (see the report); exit code 2\n", json.Err);
    }

    [Fact]
    public void A_missing_file_and_a_bad_option_exit_two()
    {
        var missing = CliRunner.Run("check", "no-such.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("designer: no such file, folder or match: no-such.yaml\n", missing.Err);
        var badFormat = CliRunner.Run("check", "examples", "--format", "xml");
        Assert.Equal(2, badFormat.ExitCode);
        Assert.Contains("xml", badFormat.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_and_folders_find_the_same_files()
    {
        var byGlob = CliRunner.Run("check", "examples/*.yaml", "--format", "json").Out;
        var byFolder = CliRunner.Run("check", "examples", "--format", "json").Out;
        Assert.Equal(byFolder, byGlob);
    }

    [Fact]
    public void A_broken_rule_pack_exits_two_with_its_position()
    {
        using var dir = new TempFolder("designer-pack-");
        var pack = Path.Combine(dir.FullName, "bad.yaml");
        File.WriteAllText(pack, "pack: bad\ntitle: Bad\nrules:\n  - { id: X1, title: t, area: a, severity: warning, lesson: l, cite: c, message: m, assert: 'size(sectors) >' }\n");
        var result = CliRunner.Run("check", "examples/sergipe-apparel.yaml", "--rules", pack);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.yaml:4:", result.Err, StringComparison.Ordinal);
        Assert.Contains("unexpected end of expression", result.Err, StringComparison.Ordinal);
    }
}
