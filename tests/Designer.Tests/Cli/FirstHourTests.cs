using System.Reflection;
using Designer.Diagnostics;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>What a newcomer types in the first hour works, and each message says how to fix what it reports.</summary>
public sealed class FirstHourTests
{
    [Theory]
    [InlineData("out/")]
    [InlineData("out")]
    [InlineData("./out/")]
    public void Render_accepts_an_out_folder_with_or_without_a_trailing_slash(string outDir)
    {
        using var dir = new TempFolder("designer-out-");
        var project = TestPaths.InRepo("examples", "sergipe-apparel.yaml");
        var r = CliRunner.RunIn(dir.FullName, "render", project, "--out", outDir, "--only", "logframe", "--format", "md");
        Assert.Equal((0, ""), (r.ExitCode, r.Err));
        Assert.True(File.Exists(Path.Combine(dir.FullName, "out", "BR-T1234-logframe.md")));
        var absolute = CliRunner.RunIn(dir.FullName, "render", project, "--out", Path.Combine(dir.FullName, "abs") + "/", "--only", "logframe", "--format", "md");
        Assert.Equal((0, ""), (absolute.ExitCode, absolute.Err));
        Assert.True(File.Exists(Path.Combine(dir.FullName, "abs", "BR-T1234-logframe.md")));
    }

    [Fact]
    public void Usage_lines_call_the_program_designer()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  designer [command] [options]\n", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Designer.Cli", help.Out, StringComparison.Ordinal);
        var check = CliRunner.Run("check", "--help");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Usage:\n  designer check <paths>... [options]\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_as_a_verb_works_like_the_option()
    {
        Assert.Equal(CliRunner.Run("--help"), CliRunner.Run("help"));
        Assert.Equal(CliRunner.Run("check", "--help"), CliRunner.Run("help", "check"));
        var nested = CliRunner.Run("help", "rules", "show");
        Assert.Equal(0, nested.ExitCode);
        Assert.Contains("designer rules show <id> [options]", nested.Out, StringComparison.Ordinal);
        var typo = CliRunner.Run("help", "chek");
        Assert.Equal((2, "", "designer: no command `chek`; did you mean `check`?\nRun `designer help` for the commands.\n"), (typo.ExitCode, typo.Out, typo.Err));
    }

    [Fact]
    public void Init_help_shows_its_default_with_the_arguments_and_the_examples_last()
    {
        var r = CliRunner.Run("init", "--help");
        var argument = r.Out.IndexOf("  <file>  Where to write the starter project [default: project.yaml]\n", StringComparison.Ordinal);
        var options = r.Out.IndexOf("Options:\n", StringComparison.Ordinal);
        var examples = r.Out.IndexOf("Examples:\n  designer init\n", StringComparison.Ordinal);
        Assert.True(argument > 0 && options > argument && examples > options, r.Out);
        // The list of commands shows one line per command, not the examples.
        var root = CliRunner.Run("--help");
        Assert.Contains("  init <file>        Write a commented starter project that loads without errors, or a bundled example. [default: project.yaml]\n  check <paths>", root.Out, StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> EveryCode() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Concat([Checker.SuppressionWithoutReason, Checker.UnusedSuppression, Checker.TooManyFindings])
            .Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Rules_show_explains_every_code_designer_prints(string code)
    {
        var r = CliRunner.Run("rules", "show", code);
        Assert.Equal((0, ""), (r.ExitCode, r.Err));
        Assert.StartsWith($"# {code} — ", r.Out, StringComparison.Ordinal);
        Assert.Contains("## How to fix\n\n", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_show_of_a_loader_code_is_exact()
    {
        var r = CliRunner.Run("rules", "show", "dsg102");
        Assert.Equal(
            "# DSG102 — A key the project format does not have\n\n| | |\n| --- | --- |\n| Reported by | Designer, while loading a project |\n\n"
            + "## What it means\n\nThe key is not part of the format at this place (often a typo, or a key written one level too deep or too shallow). Designer suggests the closest known key.\n\n"
            + "## How to fix\n\nRename the key as suggested, or move it where it belongs; `designer schema --markdown` lists every key.\n\n"
            + "## Example\n\n```yaml\nduration_months: 48     # not duration_month\n```\n",
            r.Out);
    }

    [Fact]
    public void Text_findings_point_at_rules_show_and_never_print_an_empty_citation()
    {
        var r = CliRunner.Run("check", "examples/masaya-furniture.yaml", "examples/huila-coffee.yaml", "tests/Designer.Tests/Cases/Corpus/006-unknown-reference.yaml");
        Assert.Contains("  docs: designer rules show CMP004\n", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/rules/", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(—)", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("— —", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("— —", CliRunner.Run("rules", "show", "BUD001").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_messages_group_thousands()
    {
        using var dir = new TempFolder("designer-budget-");
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("mif: 1250000, counterpart: 1050000", "mif: 1250000, counterpart: 720000", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), text);
        var r = CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--quiet");
        // The Sergipe example is written in Portuguese (`language: pt`): its findings read in Portuguese.
        Assert.Contains("p.yaml:11:3 error BUD001 Os componentes somam 2.300.000, mas o orçamento do projeto é de 1.970.000.\n", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_in_unquoted_text_gets_the_quoted_line_as_its_fix()
    {
        var r = CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/034-colon-in-text.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("  help: Write `statement: 'Output 1: plan approved by the council'`.\n", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_separators_keep_the_intended_value_for_the_rules()
    {
        // `mif: 1,080,000` is an error that names the fix, and BUD001 sees 1,080,000, not 1: no second, misleading error.
        var r = CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/030-thousands-in-braces.yaml", "--quiet");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("write 1080000 or 1_080_000 (no thousands separators)", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("BUD001", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown key", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Underscores_group_digits_in_numbers()
    {
        using var dir = new TempFolder("designer-underscore-");
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("mif: 1250000, counterpart: 1050000", "mif: 1_250_000, counterpart: 1_050_000", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), text);
        Assert.Equal("2300000\n", CliRunner.RunIn(dir.FullName, "eval", "project.budget.mif + project.budget.counterpart", "--in", "p.yaml").Out);
    }

    [Fact]
    public void Eval_data_evaluates_over_a_plain_yaml_or_json_file()
    {
        using var dir = new TempFolder("designer-data-");
        File.WriteAllText(Path.Combine(dir.FullName, "d.json"), "{\"firms\": [{\"id\": \"a\", \"exports\": 10}, {\"id\": \"b\", \"exports\": 0}], \"rate\": 0.5}");
        File.WriteAllText(Path.Combine(dir.FullName, "d.yaml"), "firms:\n  - { id: a, exports: 10 }\n  - { id: b, exports: 0 }\nrate: 0.5\n");
        foreach (var file in new[] { "d.json", "d.yaml" })
        {
            var r = CliRunner.RunIn(dir.FullName, "eval", "firms.filter(f, f.exports > 0).map(f, f.id) + [string(rate)]", "--data", file);
            Assert.Equal((0, "['a', '0.5']\n", ""), (r.ExitCode, r.Out, r.Err));
        }
        File.WriteAllText(Path.Combine(dir.FullName, "list.yaml"), "- 1\n- 2\n");
        var notMap = CliRunner.RunIn(dir.FullName, "eval", "1", "--data", "list.yaml");
        Assert.Equal(2, notMap.ExitCode);
        Assert.StartsWith("list.yaml:1:1: error DSG103: the data file should be a mapping of names to values at the top level", notMap.Err, StringComparison.Ordinal);
        var both = CliRunner.RunIn(dir.FullName, "eval", "1", "--data", "d.yaml", "--in", "d.yaml");
        Assert.Equal((2, "designer: give either --in (a project) or --data (a plain YAML or JSON file), not both\n"), (both.ExitCode, both.Err));
    }

    [Fact]
    public void Eval_hints_at_in_when_it_meets_a_project_section_without_a_project()
    {
        var r = CliRunner.Run("eval", "size(indicators)");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("  help: `indicators` is a section of a project; add --in project.yaml to evaluate in a project's scope, or --data FILE for a plain YAML or JSON file.\n", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("help:", CliRunner.Run("eval", "size(nothing_known)").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_number_in_an_expression_says_remove_the_quotes()
    {
        var r = CliRunner.Run("eval", "84000 * '1.3'");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("Evaluation error (column 1): no such overload: int * string; remove the quotes: '1.3' is text, 1.3 is a number\n", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("remove the quotes", CliRunner.Run("eval", "1 * 'abc'").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_board_brief_is_never_ready_while_a_placeholder_remains()
    {
        using var dir = new TempFolder("designer-ready-");
        // Even with both placeholder rules turned off, the brief counts the TODOs itself.
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "rules:\n  DES006: off\n  DES007: off\n");
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("sme_share: 0.97", "sme_share: 0.97\n    # TODO check\n", StringComparison.Ordinal)
            .Replace("Plano estratégico territorial aprovado por consenso do conselho", "TBD", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), text);
        var r = CliRunner.RunIn(dir.FullName, "render", "p.yaml", "--out", "out/", "--only", "board-brief", "--format", "md", "--lang", "en");
        Assert.Equal((0, ""), (r.ExitCode, r.Err));
        var brief = File.ReadAllText(Path.Combine(dir.FullName, "out", "BR-T1234-board-brief.md"));
        Assert.Contains("**Not ready for approval: 1 TODO or TBD placeholder remains to be filled in.**", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready for approval", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_draft_with_a_newcomers_mistakes_gets_every_fix_and_every_finding_in_one_run()
    {
        // Given a draft written from the docs alone, with the slips a designer in Latin America makes
        using var dir = new TempFolder("designer-cusco-");
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"))
            .Replace("mif: 1250000, counterpart: 1050000", "mif: 1,250,000, counterpart: 1050000", StringComparison.Ordinal)
            .Replace("population: 152000", "population: 152.000", StringComparison.Ordinal)
            .Replace("share_of_beneficiaries: 0.6", "share_of_beneficiaries: 60%", StringComparison.Ordinal)
            .Replace("kind: supply-chain", "kind: supply_chain", StringComparison.Ordinal)
            .Replace("    budget: 420000", "    budget: 420000\n    responsable: sebrae-se", StringComparison.Ordinal)
            .Replace("Plano estratégico territorial aprovado por consenso do conselho", "TBD", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "cusco.yaml"), text);

        // When it is checked
        // (The draft starts from the Sergipe example, written in Portuguese; the messages are read here in English.)
        var r = CliRunner.RunIn(dir.FullName, "check", "cusco.yaml", "--quiet", "--lang", "en");

        // Then every structural mistake comes with its fix, the rule findings come in the same run, and the exit code is 2
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error DSG107: `mif: 1,250,000` uses commas as thousands separators, and inside { } a comma ends an entry; write 1250000 or 1_250_000 (no thousands separators)\n", r.Err, StringComparison.Ordinal);
        Assert.Contains("warning DSG107: `territory.population` is read as 152, but `152.000` looks like a thousands separator: if you meant 152,000, write 152000 or 152_000 (no thousands separators)\n", r.Err, StringComparison.Ordinal);
        Assert.Contains("error DSG107: `targeting.groups[0].share_of_beneficiaries` is a share between 0 and 1, found `60%`: write 0.6 for 60%\n", r.Err, StringComparison.Ordinal);
        Assert.Contains("error DSG107: `supply_chain` is not a valid value for `sectors[0].kind`; did you mean `supply-chain`?\n", r.Err, StringComparison.Ordinal);
        Assert.Contains("error DSG102: unknown key `responsable` in `components[0]`", r.Err, StringComparison.Ordinal);
        Assert.Contains("error DES006 A placeholder is left in what the board brief shows: TBD\n", r.Out, StringComparison.Ordinal);
        // The intended amounts reach the rules: no budget mismatch from a misread 1.
        Assert.DoesNotContain("BUD001", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be loaded", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packing_folder_is_ignored_by_git()
    {
        var ignore = File.ReadAllLines(TestPaths.InRepo(".gitignore"));
        Assert.Contains("nupkg/", ignore);
        Assert.Contains("dotnet pack src/Designer.Cli -c Release -o nupkg", File.ReadAllText(TestPaths.InRepo("docs", "getting-started.md")), StringComparison.Ordinal);
    }
}
