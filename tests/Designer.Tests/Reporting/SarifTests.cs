using System.Text.Json.Nodes;
using Designer.Reporting;
using Designer.Reporting.Formats;
using Designer.Rules;
using Json.Schema;
using Xunit;

namespace Designer.Tests.Reporting;

/// <summary>SARIF output validates against the official SARIF 2.1.0 schema and carries what code scanning needs.</summary>
public sealed class SarifTests
{
    private static readonly JsonSchema Sarif = JsonSchema.FromFile(TestPaths.InRepo("tests", "Designer.Tests", "Schemas", "sarif-2.1.0.json"));

    private static CheckReport ExamplesReport()
    {
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var files = Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        files.Add(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "006-unknown-reference.yaml"));
        return new CheckReport(linter.CheckFiles(files), linter.Rules, "0.1.0");
    }

    [Fact]
    public void Sarif_output_validates_against_the_official_schema()
    {
        var sarif = SarifReportWriter.Write(ExamplesReport());
        var result = Sarif.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Sarif_rules_carry_lessons_and_help_links_and_results_carry_regions()
    {
        var doc = JsonNode.Parse(SarifReportWriter.Write(ExamplesReport()))!;
        var run = doc["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(RulePackLoader.BuiltIn.Rules.Count, rules.Count);
        var mon001 = rules.Single(r => (string?)r!["id"] == "MON001")!;
        // No hosted documentation: without --docs-url a rule carries no helpUri, and its help names the command.
        Assert.Null(mon001["helpUri"]);
        Assert.Contains("baseline", (string?)mon001["help"]!["text"], StringComparison.Ordinal);
        Assert.EndsWith("Run `designer rules show MON001` for the whole rule.", (string?)mon001["help"]!["text"], StringComparison.Ordinal);
        Assert.Equal(RuleLinks.InformationUri, (string?)run["tool"]!["driver"]!["informationUri"]);
        var results = run["results"]!.AsArray();
        Assert.Contains(results, r => (string?)r!["ruleId"] == "DSG106");
        var suppressed = results.Single(r => r!["suppressions"] is not null)!;
        Assert.Equal("PUB001", (string?)suppressed["ruleId"]);
        Assert.All(results, r => Assert.True((int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! >= 1));
    }

    [Fact]
    public void Sarif_help_links_are_absolute_under_the_docs_url()
    {
        var doc = JsonNode.Parse(SarifReportWriter.Write(ExamplesReport(), "https://example.org/designer/rules/"))!;
        var rules = doc["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.All(rules, r => Assert.Equal($"https://example.org/designer/rules/{(string?)r!["id"]}.md", (string?)r["helpUri"]));
        var bad = Cli.CliRunner.Run("check", "examples/sergipe-apparel.yaml", "--format", "sarif", "--docs-url", "docs/rules");
        Assert.Equal((2, "designer: --docs-url must be an absolute http(s) URL such as https://example.org/designer/rules, found `docs/rules`\n"), (bad.ExitCode, bad.Err));
    }

    [Fact]
    public void A_pack_with_an_absolute_docs_address_links_its_rules_there()
    {
        using var dir = new TempFolder("designer-sarif-");
        var pack = Path.Combine(dir.FullName, "agency.yaml");
        File.WriteAllText(pack, "pack: agency\ntitle: Agency rules\ndocs: https://agency.example/rules\nrules:\n  - { id: AG001, title: A title, area: design, severity: warning, lesson: l, cite: c, message: m, assert: 'true', tests: { pass: [{}], fail: [] } }\n");
        var (loaded, _) = RulePackLoader.LoadFile(pack);
        Assert.Equal("https://agency.example/rules/AG001.md", loaded!.Rules[0].Docs);
        Assert.Null(RulePackLoader.BuiltIn.Rules[0].Docs);
    }

    [Fact]
    public void Sarif_output_passes_the_official_validator_with_no_error_or_warning()
    {
        using var dir = new TempFolder("designer-sarif-");
        var cases = new (string Name, string[] Args)[]
        {
            ("examples", ["check", "examples", "tests/Designer.Tests/Cases/Corpus/006-unknown-reference.yaml", "tests/Designer.Tests/Cases/Corpus/011-yaml-syntax.yaml", "--format", "sarif"]),
            ("docs-url", ["check", "examples/sergipe-apparel.yaml", "--format", "sarif", "--docs-url", "https://example.org/designer/rules"]),
        };
        foreach (var (name, args) in cases)
        {
            var run = Cli.CliRunner.Run(args);
            Assert.InRange(run.ExitCode, 0, 2);
            var path = Path.Combine(dir.FullName, name + ".sarif");
            File.WriteAllText(path, run.Out);
            var problems = SarifMultitool.Validate(path);
            Assert.True(problems.Count == 0, $"{name}: the SARIF validator reports:\n" + string.Join("\n", problems));
        }
    }
}
