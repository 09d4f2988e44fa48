using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>`designer diff`: the Sergipe example against a revised copy, in every format (golden files), and the exit codes.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class DiffCommandTests
{
    /// <summary>
    /// The Sergipe example revised: a target moved (local GDP 1.5 → 2), an indicator removed (non-firm actors),
    /// components re-budgeted (C2, its MIF financing, its 2029 tranche and its design studio +100,000; C4 the same −100,000 in 2027), an indicator renamed (strategic-plan →
    /// territorial-plan) and a finding fixed (the three missing municipal governments seated in the council).
    /// </summary>
    internal static string RevisedSergipe()
    {
        var text = SubmittedSergipe();
        var start = text.IndexOf("  - id: non-firm-actors\n", StringComparison.Ordinal);
        var end = text.IndexOf("  - id: strategic-plan\n", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the example changed shape; update the revision");
        var revised = (text[..start] + text[end..])
            .Replace("indicators: [firms-cooperating, non-firm-actors]", "indicators: [firms-cooperating]", StringComparison.Ordinal)
            .Replace("    target: 1.5\n", "    target: 2\n", StringComparison.Ordinal)
            .Replace("    budget: 600000\n    financing: { mif: 330000, counterpart: 270000 }\n    by_year: { 2027: 60000, 2028: 180000, 2029: 200000,", "    budget: 700000\n    financing: { mif: 430000, counterpart: 270000 }\n    by_year: { 2027: 60000, 2028: 180000, 2029: 300000,", StringComparison.Ordinal)
            .Replace("desenvolvimento de coleções com o SENAI, output: C2.1, budget: 250000", "desenvolvimento de coleções com o SENAI, output: C2.1, budget: 350000", StringComparison.Ordinal)
            .Replace("    budget: 380000\n    financing: { mif: 210000, counterpart: 170000 }\n    by_year: { 2027: 130000,", "    budget: 280000\n    financing: { mif: 110000, counterpart: 170000 }\n    by_year: { 2027: 30000,", StringComparison.Ordinal)
            .Replace("Avaliações de meio termo e final, output: C4.1, budget: 160000", "Avaliações de meio termo e final, output: C4.1, budget: 60000", StringComparison.Ordinal)
            .Replace("strategic-plan]", "territorial-plan]", StringComparison.Ordinal)
            .Replace("  - id: strategic-plan\n", "  - id: territorial-plan\n", StringComparison.Ordinal)
            .Replace("  - { id: state-sedetec,", "  - { id: itabaianinha-city, name: Prefeitura Municipal de Itabaianinha, kind: local-government, sector: public }\n  - { id: poco-verde-city, name: Prefeitura Municipal de Poço Verde, kind: local-government, sector: public }\n  - { id: simao-dias-city, name: Prefeitura Municipal de Simão Dias, kind: local-government, sector: public }\n  - { id: state-sedetec,", StringComparison.Ordinal)
            .Replace("members: [sebrae-se, tobias-city, state-sedetec,", "members: [sebrae-se, tobias-city, itabaianinha-city, poco-verde-city, simao-dias-city, state-sedetec,", StringComparison.Ordinal);
        Assert.NotEqual(text, revised);
        return revised;
    }

    /// <summary>
    /// The Sergipe example as submitted, with an indicator for Annex II's fourth medium-run item, so that every
    /// medium-run measure is covered and removing one in the revision is a new finding.
    /// </summary>
    internal static string SubmittedSergipe() =>
        File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("indicators:\n  - id: cluster-sales\n", "indicators:\n  - { id: improved-position, name: Empresas participantes cuja posição competitiva melhorou, horizon: medium, level: beneficiaries, measures: firms-improved-position, unit: share, baseline: { value: 0, year: 2026, status: measured }, target: 0.5, milestones: { 2028: 0.2, 2030: 0.5 }, direction: increase, frequency: anual, means_of_verification: pesquisa com empresas, responsible: ufs }\n  - id: cluster-sales\n", StringComparison.Ordinal);

    private static TempFolder PairFolder()
    {
        var dir = new TempFolder("designer-diff-");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "submitted"));
        File.WriteAllText(Path.Combine(dir.FullName, "submitted", "sergipe-apparel.yaml"), SubmittedSergipe());
        File.WriteAllText(Path.Combine(dir.FullName, "sergipe-apparel.yaml"), RevisedSergipe());
        return dir;
    }

    /// <summary>Without --lang in the newer version's language (Sergipe's is Portuguese); with it, in English or Spanish.</summary>
    [Theory]
    [InlineData("text", null)]
    [InlineData("markdown", null)]
    [InlineData("json", null)]
    [InlineData("text", "en")]
    [InlineData("markdown", "en")]
    [InlineData("text", "es")]
    [InlineData("markdown", "es")]
    public void Revised_sergipe_diff_matches_the_golden_file(string format, string? lang)
    {
        using var dir = PairFolder();
        string[] args = ["diff", "submitted/sergipe-apparel.yaml", "sergipe-apparel.yaml", "--format", format];
        var result = CliRunner.RunIn(dir.FullName, lang is null ? args : [.. args, "--lang", lang]);
        Assert.Equal("", result.Err);
        Assert.Equal(0, result.ExitCode);
        using (ApprovalResults.ForScenario(lang is null ? format : $"{format}.{lang}"))
        {
            Approvals.Verify(result.Out);
        }
    }

    [Fact]
    public void The_words_follow_the_newer_version_and_both_versions_are_checked_in_its_language()
    {
        using var dir = PairFolder();
        // The submitted version written in Spanish, the revision in Portuguese: the comparison is in Portuguese.
        var submitted = Path.Combine(dir.FullName, "submitted", "sergipe-apparel.yaml");
        File.WriteAllText(Path.Combine(dir.FullName, "submitted", "sergipe-es.yaml"), File.ReadAllText(submitted).Replace("  language: pt\n", "  language: es\n", StringComparison.Ordinal));
        var portuguese = CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-es.yaml", "sergipe-apparel.yaml");
        Assert.Equal(0, portuguese.ExitCode);
        Assert.Contains("\nconstatações resolvidas: 1; novas: 1; ainda abertas: 5\n", portuguese.Out, StringComparison.Ordinal);
        Assert.Contains("\n  resolvida alerta     TER002 (linha 20 da versão anterior): Nenhum ator público destas jurisdições integra uma instância de governança: Itabaianinha, Poço Verde, Simão Dias.\n", portuguese.Out, StringComparison.Ordinal);
        Assert.Contains("\n  ~ indicators[territorial-plan]: renomeado (antes strategic-plan)\n", portuguese.Out, StringComparison.Ordinal);
        Assert.Contains("\n  ~ project.language: es → pt\n", portuguese.Out, StringComparison.Ordinal);
        Assert.EndsWith("\navaliabilidade: 95 → 94 (-1)\n  outcome-indicators: 14/15 → 13/15\n", portuguese.Out, StringComparison.Ordinal);

        // The other way round, the revision in Spanish: every word, and the old version's findings, in Spanish.
        File.WriteAllText(Path.Combine(dir.FullName, "revised-es.yaml"), File.ReadAllText(Path.Combine(dir.FullName, "sergipe-apparel.yaml")).Replace("  language: pt\n", "  language: es\n", StringComparison.Ordinal));
        var spanish = CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "revised-es.yaml", "--format", "markdown");
        Assert.Equal(0, spanish.ExitCode);
        Assert.StartsWith("## Cambios en BR-T1234\n\nDe `submitted/sergipe-apparel.yaml` a `revised-es.yaml`. Evaluabilidad: 95 → 94 (-1).\n", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("\n### Hallazgos\n\nResueltos: 1; nuevos: 1; aún abiertos: 5.\n\n| Estado | Severidad | Regla | Línea | Mensaje |\n", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("\n| resuelto | advertencia | TER002 | (línea 20 de la versión anterior) | ", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("\n| nuevo | información | MON011 | línea 207 | ", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("\n| renombrado (antes `strategic-plan`) | `indicators[territorial-plan]` |", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("\n| Dimensión de evaluabilidad | Antes | Después |\n", spanish.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Nenhum ator", spanish.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_bad_input()
    {
        var result = CliRunner.Run("diff", "examples/huila-coffee.yaml", "examples/huila-coffee.yaml", "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--lang `fr` is not a language Designer writes; use en, es or pt", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_names_each_kind_of_change_and_the_fixed_finding()
    {
        using var dir = PairFolder();
        var json = JsonDocument.Parse(CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "sergipe-apparel.yaml", "--format", "json").Out).RootElement;
        var changes = json.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("path").GetString())).ToList();
        Assert.Contains(("changed", "indicators[local-gdp].target"), changes);
        Assert.Contains(("removed", "indicators[non-firm-actors]"), changes);
        Assert.Contains(("changed", "components[C2].budget"), changes);
        Assert.Contains(("renamed", "indicators[territorial-plan]"), changes);
        Assert.DoesNotContain(("added", "indicators[territorial-plan]"), changes);
        Assert.Contains(("added", "actors[simao-dias-city]"), changes);
        var members = json.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "governance.bodies[council].members");
        Assert.Equal(["itabaianinha-city", "poco-verde-city", "simao-dias-city"], members.GetProperty("itemsAdded").EnumerateArray().Select(x => x.GetString()));
        Assert.Empty(members.GetProperty("itemsRemoved").EnumerateArray());
        var findings = json.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("status").GetString(), f.GetProperty("rule").GetString())).ToList();
        Assert.Contains(("resolved", "TER002"), findings);
        Assert.Contains(("open", "CMP005"), findings);
        // Removing the indicator leaves a medium-run measure uncovered: one new info finding, nothing worse.
        Assert.Equal([("introduced", "MON011")], findings.Where(f => f.Item1 == "introduced"));
    }

    [Fact]
    public void A_version_diffed_with_itself_has_no_change_and_every_finding_open()
    {
        var result = CliRunner.Run("diff", "examples/huila-coffee.yaml", "examples/huila-coffee.yaml", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement.GetProperty("summary");
        Assert.Equal(0, json.GetProperty("changes").GetInt32());
        Assert.Equal(0, json.GetProperty("resolved").GetInt32() + json.GetProperty("introduced").GetInt32());
        Assert.True(json.GetProperty("open").GetInt32() > 0);
    }

    [Fact]
    public void New_findings_at_the_fail_on_level_exit_one_and_old_ones_do_not()
    {
        using var dir = PairFolder();
        // Reversed, the revision's fixed finding is a new warning.
        Assert.Equal(1, CliRunner.RunIn(dir.FullName, "diff", "sergipe-apparel.yaml", "submitted/sergipe-apparel.yaml", "--fail-on", "warning").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "diff", "sergipe-apparel.yaml", "submitted/sergipe-apparel.yaml").ExitCode);
        // Forwards, the open warnings are not new: exit 0 at --fail-on warning; the new info finding fails --fail-on info.
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "sergipe-apparel.yaml", "--fail-on", "warning").ExitCode);
        Assert.Equal(1, CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "sergipe-apparel.yaml", "--fail-on", "info").ExitCode);
    }

    [Fact]
    public void A_renamed_item_with_other_content_is_removed_and_added()
    {
        using var dir = PairFolder();
        var text = File.ReadAllText(Path.Combine(dir.FullName, "sergipe-apparel.yaml"))
            .Replace("name: Plano estratégico territorial aprovado por consenso", "name: Um plano", StringComparison.Ordinal)
            .Replace("means_of_verification: resolução do conselho", "means_of_verification: diário oficial", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "other.yaml"), text);
        var json = JsonDocument.Parse(CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "other.yaml", "--format", "json").Out).RootElement;
        var changes = json.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("path").GetString())).ToList();
        Assert.Contains(("removed", "indicators[strategic-plan]"), changes);
        Assert.Contains(("added", "indicators[territorial-plan]"), changes);
    }

    [Fact]
    public void A_broken_version_exits_two_with_its_position()
    {
        using var dir = PairFolder();
        File.WriteAllText(Path.Combine(dir.FullName, "broken.yaml"), "designer: 1\nproject: [\n");
        var result = CliRunner.RunIn(dir.FullName, "diff", "submitted/sergipe-apparel.yaml", "broken.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.yaml:", result.Err + result.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.RunIn(dir.FullName, "diff", "nope.yaml", "broken.yaml").ExitCode);
    }
}
