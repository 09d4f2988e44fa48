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
            "TER001", "TER002", "TER003", "SEC001", "SEC002", "DIA001", "DIA002", "DIA003", "GOV001", "GOV002", "GOV003", "GOV004", "GOV005", "GOV006",
            "DES001", "DES002", "DES003", "DES004", "DES005", "DES006", "DES007", "CMP001", "CMP002", "CMP003", "CMP004", "CMP005", "CMP006", "CMP007", "CMP008",
            "LOG001", "LOG002", "LOG003", "LOG004", "LOG005", "LOG006", "LOG007",
            "MON001", "MON002", "MON003", "MON004", "MON005", "MON006", "MON007", "MON008", "MON009", "MON010", "MON011", "MON012", "MON013", "MON014", "MON015", "MON016", "MON017", "MON018", "MON019", "MON020", "MON021", "RSK001", "RSK002", "RSK003", "RSK004",
            "SUS001", "SUS002", "SUS003", "SUS004", "SUS005", "INN001", "INN002", "PUB001", "PUB002",
            "POR001", "POR002", "POR003", "POR004", "POR005", "POR006", "POR007", "POR008", "POR009", "ENV001", "BUD001", "BUD002", "BUD003", "BUD004", "BUD005", "BUD006",
        ];
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), RulePackLoader.BuiltIn.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(RulePackLoader.BuiltIn.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Lesson));
            Assert.False(string.IsNullOrWhiteSpace(r.Cite));
        });
    }

    [Fact]
    public void Every_citation_names_a_section_as_the_source_titles_it()
    {
        // The section titles as the source document prints them (numbering included, even where it repeats 2.1).
        string[] titles =
        [
            "Executive Summary", "2.1 Validation of the Cluster Approach", "2.1.1 Project Design", "2.1.2 Inter-firm governance",
            "2.1.3 Sustainability", "III. Evaluation, systematization and dissemination of knowledge",
            "IV. From a Cluster Approach towards a Territorial Approach", "4.1 Innovation, technology and role of universities",
            "4.2 The role of the public sector", "4.3 Social inclusion and poverty alleviation", "V. Next steps",
            "Annex I. What Do we Know about Clusters?", "Annex II. IDB Indicators for monitoring and evaluation of cluster projects",
        ];
        Assert.All(RulePackLoader.BuiltIn.Rules, r =>
        {
            if (r.Cite == "—")
            {
                return;
            }
            foreach (var part in r.Cite.Split("; "))
            {
                var section = part.Split(" — ")[0].Replace(" (note 8)", "", StringComparison.Ordinal);
                Assert.True(titles.Contains(section), $"{r.Id} cites `{section}`, which is not a section title of the source");
            }
        });
    }

    [Fact]
    public void Thresholds_are_pack_parameters_with_their_basis()
    {
        var pack = RulePackLoader.BuiltIn;
        Assert.All(pack.Rules, r => Assert.All(r.ParamNames, name => Assert.Contains(pack.Params, p => p.Name == name)));
        Assert.All(pack.Params, p => Assert.False(string.IsNullOrWhiteSpace(p.Note)));
        // The thresholds the source does not give are Designer's, and say so.
        foreach (var name in new[] { "max_activities", "min_activity_share", "baseline_month", "min_firms" })
        {
            Assert.Equal("designer", pack.Params.Single(p => p.Name == name).Basis);
        }
        Assert.DoesNotContain(pack.Params, p => p.Name.Contains("mif_share", StringComparison.Ordinal));
    }

    [Fact]
    public void The_evaluability_weights_cover_the_nine_dimensions_and_every_dimension_has_a_rule()
    {
        var model = RulePackLoader.BuiltIn.Evaluability!;
        Assert.Equal(EvaluabilityModel.DimensionIds, model.Dimensions.Select(d => d.Id));
        Assert.Equal(100, model.Dimensions.Sum(d => d.Max));
        Assert.All(model.Dimensions, d => Assert.Contains(RulePackLoader.BuiltIn.Rules, r => r.Weight?.Dimension == d.Id));
    }

    [Fact]
    public void An_untagged_indicator_that_may_fit_is_named_so_the_designer_tags_it_instead_of_adding_one()
    {
        var rule = RulePackLoader.BuiltIn.Rules.Single(r => r.Id == "MON011");
        var root = rule.FailCases[1].Snippet.AsMap;
        var findings = new List<Finding>();
        Checker.Run(rule, root, new Designer.Projects.ProjectScope(root), findings);
        Assert.Equal("Medium-run measures not covered: joint activities of more than three firms (`joint-activities`). If “Activities involving more than three firms” already measures one of them, tag it with `measures:` rather than add an indicator.",
            Assert.Single(findings).Message);
    }

    [Fact]
    public void A_long_run_beneficiaries_indicator_without_the_tag_is_named_so_the_designer_tags_it()
    {
        var rule = RulePackLoader.BuiltIn.Rules.Single(r => r.Id == "MON019");
        var root = rule.FailCases[2].Snippet.AsMap;
        var findings = new List<Finding>();
        Checker.Run(rule, root, new Designer.Projects.ProjectScope(root), findings);
        Assert.Equal("No long-run indicator of the direct beneficiary firms is tagged as their sales or productivity. If “Sales of the participating firms” already measures one of them, tag it with `measures:` rather than add an indicator.",
            Assert.Single(findings).Message);
    }

    [Theory]
    [InlineData("MON011", 3, "Medium-run measures not covered: joint activities of more than three firms (`joint-activities`). “c” carries the tag but is not a medium-run indicator: the framework measures these items at the end of the programme.")]
    [InlineData("MON020", 0, "The baseline or means of verification of “gdp” rests on secondary data (accounts, statistics, registers, customs), but no risk to the data is stated.")]
    [InlineData("MON021", 1, "The dissemination has no validation of the experience, no step towards scaling up or replication. If an item written as a sentence is one of them, write it as `{ what, kind }` rather than add one.")]
    [InlineData("GOV006", 1, "Firms sit in a steering body, but the design does not say how the benefits of collective action are shared between large and small firms.")]
    [InlineData("SUS005", 0, "Firms lead the collective action, but no outcome or impact indicator follows its economic results (sales, productivity or exports).")]
    [InlineData("SUS005", 2, "Say who mostly carries the collective action after the project, firms or institutions (`sustainability.led_by`), so the design can show what sustains it.")]
    [InlineData("BUD005", 0, "The components draw 700 from the MIF and 300 from the counterpart and other sources, but the project has 600 and 400.")]
    [InlineData("BUD006", 0, "Component “C1” plans spending in 2032, outside the project years (from 2027-03, 48 months).")]
    [InlineData("RSK004", 0, "Risk “firms do not share data” does not state its probability or its impact (its `level` alone does not say which of the two it is).")]
    [InlineData("RSK004", 1, "Risk “firms do not share data” does not state its owner.")]
    public void A_fail_case_gives_the_message_that_names_what_is_missing(string id, int failCase, string expected)
    {
        var rule = RulePackLoader.BuiltIn.Rules.Single(r => r.Id == id);
        var root = rule.FailCases[failCase].Snippet.AsMap;
        var findings = new List<Finding>();
        Checker.Run(rule, root, new Designer.Projects.ProjectScope(root), findings);
        Assert.Equal(expected, Assert.Single(findings).Message);
    }

    [Fact]
    public void The_rule_file_in_the_repository_is_the_embedded_one()
    {
        var (pack, diagnostics) = RulePackLoader.LoadFile(TestPaths.InRepo("rules", "mif-territorial.yaml"));
        Assert.Empty(diagnostics);
        Assert.Equal(RulePackLoader.BuiltIn.Rules.Select(r => r.Assert.Text), pack!.Rules.Select(r => r.Assert.Text));
    }
}
