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
        Assert.Equal("docs/rules/MON001.md", (string?)mon001["helpUri"]);
        Assert.Contains("baseline", (string?)mon001["help"]!["text"], StringComparison.Ordinal);
        var results = run["results"]!.AsArray();
        Assert.Contains(results, r => (string?)r!["ruleId"] == "DSG106");
        var suppressed = results.Single(r => r!["suppressions"] is not null)!;
        Assert.Equal("PUB001", (string?)suppressed["ruleId"]);
        Assert.All(results, r => Assert.True((int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! >= 1));
    }
}
