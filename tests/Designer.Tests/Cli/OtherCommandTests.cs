using System.Security.Cryptography;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>`designer eval`, `init`, `schema` and `rules`, in-process.</summary>
public sealed class OtherCommandTests
{
    [Fact]
    public void Eval_prints_a_cel_literal()
    {
        var r = CliRunner.Run("eval", "[7 / 2, int(7 / 2), 'a' + 'b']");
        Assert.Equal((0, "[3.5, 3, 'ab']\n", ""), (r.ExitCode, r.Out, r.Err));
    }

    [Fact]
    public void Eval_json_prints_type_and_value()
    {
        var r = CliRunner.Run("eval", "{'a': [1, 2.5]}", "--json");
        Assert.Equal("{\"type\": \"map\", \"value\": {\"a\": [1, 2.5]}}\n", r.Out);
        var s = CliRunner.Run("eval", "'Poço Verde'", "--json");
        Assert.Equal("{\"type\": \"string\", \"value\": \"Poço Verde\"}\n", s.Out);
        var escaped = CliRunner.Run("eval", "{'say \"hi\"': 'a\\n<b> & \\u0001'}", "--json");
        Assert.Equal("{\"type\": \"map\", \"value\": {\"say \\\"hi\\\"\": \"a\\n<b> & \\u0001\"}}\n", escaped.Out);
    }

    [Fact]
    public void Eval_in_a_project_sees_sections_and_derived_values()
    {
        var r = CliRunner.Run("eval", "round(mif_share, 3)", "--in", "examples/sergipe-apparel.yaml");
        Assert.Equal((0, "0.543\n"), (r.ExitCode, r.Out));
        var t = CliRunner.Run("eval", "indicators.filter(i, i.id == 'cluster-sales')[0].target", "--in", "examples/sergipe-apparel.yaml");
        Assert.Equal("113400.00000000001\n", t.Out);
    }

    [Fact]
    public void Eval_exit_codes_separate_syntax_errors_from_evaluation_errors()
    {
        var syntax = CliRunner.Run("eval", "1 +");
        Assert.Equal(2, syntax.ExitCode);
        Assert.Equal("Syntax error (line 1, column 4): unexpected end of expression, expected an expression\n  1 +\n     ^\n", syntax.Err);
        var error = CliRunner.Run("eval", "1 / 0");
        Assert.Equal(1, error.ExitCode);
        Assert.Equal("Evaluation error (column 1): division by zero\n  1 / 0\n  ^^^^^\n", error.Err);
        Assert.Equal(2, CliRunner.Run("eval", "1", "--in", "no-such.yaml").ExitCode);
    }

    [Fact]
    public void Init_writes_a_starter_that_loads_and_never_overwrites_without_force()
    {
        using var dir = new TempFolder("designer-init-");
        var first = CliRunner.RunIn(dir.FullName, "init", "p.yaml");
        Assert.Equal(0, first.ExitCode);
        var path = Path.Combine(dir.FullName, "p.yaml");
        Assert.Empty(ProjectLoader.LoadFile(path).Diagnostics);
        File.AppendAllText(path, "# my edits\n");
        var hash = SHA256.HashData(File.ReadAllBytes(path));
        var second = CliRunner.RunIn(dir.FullName, "init", "p.yaml");
        Assert.Equal(2, second.ExitCode);
        Assert.Equal("designer: p.yaml already exists; choose another name or add --force to overwrite it\n", second.Err);
        Assert.Equal(hash, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "init", "p.yaml", "--force").ExitCode);
        Assert.DoesNotContain("# my edits", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir.FullName));
    }

    [Fact]
    public void Init_can_write_a_bundled_example_that_checks_without_errors()
    {
        using var dir = new TempFolder("designer-init-");
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "init", "s.yaml", "--example", "sergipe-apparel").ExitCode);
        var check = CliRunner.RunIn(dir.FullName, "check", "s.yaml", "--quiet");
        Assert.Equal(0, check.ExitCode);
        Assert.EndsWith("s.yaml: evaluability 94/100 (objectives 8/10, output-indicators 8/10, outcome-indicators 13/15)\n0 errors, 5 warnings, 2 info in 1 file\n", check.Out, StringComparison.Ordinal);
        var wrong = CliRunner.RunIn(dir.FullName, "init", "m.yaml", "--example", "masaya");
        Assert.Equal(2, wrong.ExitCode);
        Assert.StartsWith("designer: no bundled example `masaya`", wrong.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_walks_from_an_activity_to_the_impact_goal()
    {
        var walk = CliRunner.Run("eval", "activity('C2.1.2').links.output.links.outcomes.map(o, o.links.impact.statement)", "--in", "examples/sergipe-apparel.yaml");
        Assert.Equal((0, "['As empresas de confecções do Agreste crescem mais rápido que as de territórios comparáveis']\n"), (walk.ExitCode, walk.Out));
        var ids = CliRunner.Run("eval", "[activity('C2.1.2').links.output.id, activity('C2.1.2').links.output.links.outcomes[0].id]", "--in", "examples/sergipe-apparel.yaml");
        Assert.Equal("['C2.1', 'O2']\n", ids.Out);
        var unknown = CliRunner.Run("eval", "activity('C9')", "--in", "examples/sergipe-apparel.yaml");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no activity with id 'C9' in the project", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_loads_but_is_not_ready_while_its_placeholders_remain()
    {
        using var dir = new TempFolder("designer-init-");
        CliRunner.RunIn(dir.FullName, "init");
        var check = CliRunner.RunIn(dir.FullName, "check", "project.yaml", "--quiet");
        Assert.Equal(1, check.ExitCode);
        Assert.Equal("", check.Err);
        Assert.Contains("project.yaml:10:3 error DES006 A placeholder is left in what the board brief shows: TODO-T0001; TODO: territorial competitiveness of the ... cluster; TODO\n", check.Out, StringComparison.Ordinal);
        Assert.Contains(" warning DES007 A placeholder is left: TODO: survey; TODO: a comparable cluster not reached by the project; TODO: survey of a panel of firms\n", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("11 errors, 19 warnings, 9 info in 1 file\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_show_and_test_work_on_the_built_in_pack()
    {
        var list = CliRunner.Run("rules", "list");
        Assert.Equal(86, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("TER001   error    territory       The territory is a delimited economic region with shared productive characteristics\n", list.Out, StringComparison.Ordinal);
        var show = CliRunner.Run("rules", "show", "mon001");
        Assert.Contains("# MON001 — Every output indicator has a baseline and a target", show.Out, StringComparison.Ordinal);
        var test = CliRunner.Run("rules", "test");
        Assert.Equal(0, test.ExitCode);
        Assert.EndsWith("86 passed, 0 failed\n", test.Out, StringComparison.Ordinal);
        var unknown = CliRunner.Run("rules", "show", "MON0001");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("designer: no rule or code `MON0001`; did you mean `MON001`? `designer rules list` lists the rules.\n", unknown.Err);
    }

    [Fact]
    public void Rules_test_fails_a_rule_without_cases()
    {
        using var dir = new TempFolder("designer-pack-");
        var pack = Path.Combine(dir.FullName, "p.yaml");
        File.WriteAllText(pack, "pack: p\ntitle: P\nrules:\n  - { id: P1, title: t, area: a, severity: warning, lesson: l, cite: c, message: m, assert: 'true' }\n");
        var r = CliRunner.Run("rules", "test", "--no-builtin", "--rules", pack);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("FAIL P1\n     P1: has no `pass` test case\n     P1: has no `fail` test case\n0 passed, 1 failed\n", r.Out);
    }

    [Fact]
    public void An_unknown_command_exits_two()
    {
        var r = CliRunner.Run("chek", "examples");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'chek'", r.Err, StringComparison.Ordinal);
        Assert.Contains("Did you mean `check`?", r.Err, StringComparison.Ordinal);
        var option = CliRunner.Run("check", "examples", "--fial-on", "warning");
        Assert.Equal(2, option.ExitCode);
        Assert.Equal("designer: unknown option `--fial-on`. Did you mean `--fail-on`?\nRun `designer check --help` for the options.\n", option.Err);
        Assert.Equal("19\n", CliRunner.Run("eval", "--", "--19").Out);
        var none = CliRunner.Run();
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("designer check project.yaml", none.Out, StringComparison.Ordinal);
    }
}
