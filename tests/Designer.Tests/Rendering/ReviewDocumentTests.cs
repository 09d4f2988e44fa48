using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The review reads for a board: severities in order, areas by name, plain words; positions in the appendix.</summary>
public sealed class ReviewDocumentTests
{
    private static (string Body, string Appendix) Review(string example)
    {
        var review = RenderTestHelpers.RenderExampleInEnglish(example).Files.Single(f => f.Key.EndsWith("-review.md", StringComparison.Ordinal)).Value;
        var split = review.IndexOf("## Appendix: for the design team", StringComparison.Ordinal);
        Assert.True(split > 0, "the review has an appendix for the design team");
        return (review[..split], review[split..]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_body_has_no_rule_ids_positions_or_file_keys(string example)
    {
        var (body, _) = Review(example);
        Assert.DoesNotMatch(@"\b[A-Z]{3}\d{3}\b", body);
        Assert.DoesNotMatch(@"\.yaml:\d+", body);
        Assert.DoesNotMatch(@"\(line \d+\)", body);
        Assert.DoesNotContain("\\_", body);
        Assert.DoesNotContain("`", body);
        Assert.DoesNotMatch(@"^## [a-z]", body);
    }

    [Fact]
    public void Errors_come_before_warnings_and_warnings_before_information_each_by_named_area()
    {
        var (body, _) = Review("masaya-furniture");
        var errors = body.IndexOf("## Errors to correct before approval", StringComparison.Ordinal);
        var warnings = body.IndexOf("## Warnings to address or explain", StringComparison.Ordinal);
        var infos = body.IndexOf("## Information for the design team and the board", StringComparison.Ordinal);
        Assert.True(errors > 0 && errors < warnings && warnings < infos, "errors, then warnings, then information");
        Assert.Contains("### Monitoring and evaluation", body[errors..warnings]);
        Assert.Contains("### Pro-poor targeting and inclusion", body);
    }

    [Fact]
    public void A_finding_reads_in_words_with_its_lesson_and_section_and_names_instead_of_ids()
    {
        var (body, _) = Review("masaya-furniture");
        // Rendered in English: the rule texts are English, the project's own names stay in its Spanish.
        Assert.Contains("**A lessons-learned component.** No component monitors results and systematises lessons.", body);
        Assert.Contains("*Why it matters:* A typical territorial project has a component that monitors and evaluates results", body);
        Assert.Contains("(source: V. Next steps — 4. Development of lessons learned)", body);
        Assert.Contains("The grant rules of “Fondo para iniciativas conjuntas” must require both public and private proponents.", body);
        Assert.DoesNotContain("How to fix", body);
    }

    [Fact]
    public void The_appendix_gives_each_finding_its_position_rule_and_fix()
    {
        var (_, appendix) = Review("masaya-furniture");
        Assert.Matches(@"- \*\*masaya-furniture\.yaml:\d+:\d+\*\* · CMP004 · Error: No component monitors results", appendix);
        Assert.Contains("How to fix: Add a component of kind `lessons-learned` with", appendix);
        Assert.Contains("· Explained exception:", appendix);
    }

    public static TheoryData<string> Examples() => new(RenderTestHelpers.Examples);
}
