using Designer.Tests.Cli;
using Xunit;

namespace Designer.Tests.Hostile;

/// <summary>Values that loaded but printed nonsense, look-alike ids, duplicate settings, and templates that were not deterministic (items 12, 13, 14).</summary>
public sealed class ValueHostileTests
{
    private static CliRunner.Result Check(string text)
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), text);
        return Hostile.Run(dir.FullName, "check", "p.yaml");
    }

    [Theory]
    [InlineData("due_month: 6, tags: [design] }", "due_month: 2147483648, tags: [design] }", "`components[0].activities[0].due_month` must be between 0 and 600, found 2147483648")]
    [InlineData("duration_months: 48", "duration_months: 0", "`project.duration_months` must be between 1 and 600, found 0")]
    [InlineData("duration_months: 48", "duration_months: -12", "`project.duration_months` must be between 1 and 600, found -12")]
    [InlineData("start: 2027-03", "start: 0001-03", "`project.start` must fall between 1900 and 2200, found `0001-03`")]
    [InlineData("midterm: { month: 24,", "midterm: { month: 99999999,", "`monitoring.evaluations.midterm.month` must be between 0 and 600, found 99999999")]
    [InlineData("baseline: { value: 84000, year: 2026,", "baseline: { value: 84000, year: 20260,", "`indicators[0].baseline.year` must be between 1,900 and 2,200, found 20260")]
    [InlineData("mif: 1250000", "mif: .nan", "`project.budget.mif` must be a finite number, found `.nan`")]
    [InlineData("mif: 1250000", "mif: -.inf", "`project.budget.mif` must be a finite number, found `-.inf`")]
    public void A_value_out_of_its_sane_range_is_an_error_where_it_is_written(string old, string replacement, string expected)
    {
        var r = Check(Hostile.Replace(Hostile.Example, old, replacement));

        Hostile.AssertClean(r, 2, "error DSG107: " + expected);
    }

    [Theory]
    [InlineData("due_month: 6, tags: [design] }", "due_month: '= 2147483647 + 1', tags: [design] }", "the expression in `components[0].activities[0].due_month` gives 2147483648; it must be between 0 and 600")]
    [InlineData("target: 15\n", "target: = 1.0 / 0.0\n", "the expression in `indicators[2].target` gives")]
    public void A_computed_value_out_of_its_range_is_an_error_too(string old, string replacement, string expected)
    {
        var r = Check(Hostile.Replace(Hostile.Example, old, replacement));

        Hostile.AssertClean(r, 2, "error DSG107: " + expected);
    }

    [Fact]
    public void Months_of_two_to_the_31_never_reach_a_document()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Replace(Hostile.Example, "due_month: 6, tags: [design] }", "due_month: 2147483648, tags: [design] }"));

        var r = Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "out");

        Hostile.AssertClean(r, 2, "p.yaml:128:");
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "out")));
    }

    [Fact]
    public void An_empty_actor_id_is_an_error()
    {
        var r = Check(Hostile.Replace(Hostile.Example, "- { id: bordadeiras,", "- { id: \"\","));

        Hostile.AssertClean(r, 2, "p.yaml:50:11: error DSG107: empty actor id");
    }

    [Fact]
    public void Ids_that_differ_only_by_case_are_an_error_that_says_so()
    {
        var r = Check(Hostile.Replace(Hostile.Example, "- { id: bordadeiras,", "- { id: Sebrae-SE,"));

        Hostile.AssertClean(r, 2, "p.yaml:50:11: error DSG105: actor id `Sebrae-SE` differs from `sebrae-se` (line 44) only by case");
    }

    [Fact]
    public void A_reference_that_differs_only_by_unicode_normalisation_says_so_instead_of_suggesting_itself()
    {
        const string composed = "c\u00e1mara";
        const string decomposed = "ca\u0301mara";
        var text = Hostile.Replace(Hostile.Example, "\ndiagnosis:", $"  - {{ id: {composed}, name: Chamber of commerce, kind: business-association, sector: private }}\n\ndiagnosis:");
        text = Hostile.Replace(text, "responsible: ascontex, start_month: 12, due_month: 44", $"responsible: {decomposed}, start_month: 12, due_month: 44");

        var r = Check(text);

        Hostile.AssertClean(r, 2, $"error DSG106: unknown actor or governance body `{decomposed}`: it differs from the actor or governance body id `{composed}` only by Unicode normalisation");
    }

    [Fact]
    public void Ids_that_differ_only_by_unicode_normalisation_are_an_error()
    {
        var text = Hostile.Replace(Hostile.Example, "- { id: bordadeiras,", "- { id: c\u00e1mara,");
        text = Hostile.Replace(text, "- { id: ascontex,", "- { id: ca\u0301mara,");
        text = text.Replace("responsible: ascontex", "responsible: c\u00e1mara", StringComparison.Ordinal);

        var r = Check(text);

        Hostile.AssertClean(r, 2, "p.yaml:50:11: error DSG105: actor id `c\u00e1mara` differs from `ca\u0301mara` (line 49) only by Unicode normalisation");
    }

    [Fact]
    public void Duplicate_keys_in_designer_yaml_are_an_error_at_the_second_key()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Example);
        File.WriteAllText(Path.Combine(dir.FullName, "designer.yaml"), "rules:\n  MON001: off\n  MON001: error\npacks: []\npacks: []\n");

        var r = Hostile.Run(dir.FullName, "check", "p.yaml");

        Hostile.AssertClean(r, 2, "designer.yaml:3:3: error DSG303: duplicate key `MON001` in designer.yaml (first written at line 2)",
            "designer.yaml:5:1: error DSG303: duplicate key `packs` in designer.yaml (first written at line 4)");
    }

    [Fact]
    public void Date_now_in_a_template_is_the_render_date_and_math_random_does_not_exist()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Example);
        Directory.CreateDirectory(Path.Combine(dir.FullName, "t"));
        File.WriteAllText(Path.Combine(dir.FullName, "t", "review.sbn"), "on {{ date.now | date.to_string '%F' }} / {{ render_date }}\n");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "r"));
        File.WriteAllText(Path.Combine(dir.FullName, "r", "review.sbn"), "{{ math.random 1 100 }}\n");

        var given = Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "a", "--only", "review", "--format", "md", "--templates", "t", "--date", "2031-05-17");
        var byDefault = Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "b", "--only", "review", "--format", "md", "--templates", "t");
        var random = Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "c", "--only", "review", "--format", "md", "--templates", "r");
        var badDate = Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "d", "--date", "yesterday");

        Hostile.AssertClean(given, 0);
        Assert.Equal("on 2031-05-17 / 2031-05-17\n", File.ReadAllText(Path.Combine(dir.FullName, "a", "BR-T1234-review.md")));
        Hostile.AssertClean(byDefault, 0);
        Assert.Equal("on 2027-03-01 / 2027-03-01\n", File.ReadAllText(Path.Combine(dir.FullName, "b", "BR-T1234-review.md")));
        Hostile.AssertClean(random, 2, "review.sbn:1:", "DSG401");
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "c")));
        Hostile.AssertClean(badDate, 2, "--date `yesterday` is not a date");
    }

    [Fact]
    public void The_same_project_renders_to_the_same_bytes()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Example);

        Hostile.AssertClean(Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "one"), 0);
        Hostile.AssertClean(Hostile.Run(dir.FullName, "render", "p.yaml", "--out", "two"), 0);

        var one = Directory.GetFiles(Path.Combine(dir.FullName, "one")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(one);
        foreach (var file in one)
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir.FullName, "two", Path.GetFileName(file))));
        }
    }
}
