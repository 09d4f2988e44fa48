using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>Every rule of the built-in pack passes its own pass and fail cases, and the pack covers the catalogue.</summary>
public sealed class BuiltInPackTests
{
    public static IEnumerable<object[]> RuleIds() => RulePackLoader.BuiltIn.Rules.Select(r => new object[] { r.Id });

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_passes_its_own_test_cases(string id)
    {
        var rule = RulePackLoader.BuiltIn.Rules.Single(r => r.Id == id);
        var result = RuleTester.Test(rule);
        Assert.True(result.Ok, string.Join("\n", result.Failures));
        Assert.True(rule.PassCases.Count >= 1 && rule.FailCases.Count >= 1);
    }

    [Fact]
    public void The_pack_has_every_rule_of_the_catalogue()
    {
        string[] catalogue =
        [
            "TER001", "TER002", "TER003", "SEC001", "SEC002", "GOV001", "GOV002", "GOV003", "GOV004", "GOV005",
            "DES001", "DES002", "DES003", "DES004", "DES005", "DES006", "DES007", "CMP001", "CMP002", "CMP003", "CMP004", "CMP005", "CMP006", "CMP007",
            "MON001", "MON002", "MON003", "MON004", "MON005", "MON006", "MON007", "MON008", "MON009", "MON010", "MON011", "MON012", "MON013",
            "SUS001", "SUS002", "SUS003", "SUS004", "INN001", "INN002", "PUB001", "PUB002",
            "POR001", "POR002", "POR003", "POR004", "POR005", "POR006", "POR007", "ENV001", "BUD001", "BUD002", "BUD003",
        ];
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), RulePackLoader.BuiltIn.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(RulePackLoader.BuiltIn.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Lesson));
            Assert.False(string.IsNullOrWhiteSpace(r.Cite));
        });
    }

    [Fact]
    public void The_rule_file_in_the_repository_is_the_embedded_one()
    {
        var (pack, diagnostics) = RulePackLoader.LoadFile(TestPaths.InRepo("rules", "mif-territorial.yaml"));
        Assert.Empty(diagnostics);
        Assert.Equal(RulePackLoader.BuiltIn.Rules.Select(r => r.Assert.Text), pack!.Rules.Select(r => r.Assert.Text));
    }
}
