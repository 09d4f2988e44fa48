using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The review reads for a board: severities in order, areas by name, plain words; positions in the appendix.</summary>
public sealed class ReviewDocumentTests
{
    private static (string Body, string Appendix) Review(string example)
    {
        var review = RenderTestHelpers.RenderExample(example).Files.Single(f => f.Key.EndsWith("-review.md", StringComparison.Ordinal)).Value;
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
        // The Masaya example is written in Spanish (`language: es`): its findings read in Spanish.
        Assert.Contains("**Un componente de lecciones aprendidas.** Ningún componente monitorea los resultados ni sistematiza las lecciones.", body);
        Assert.Contains("*Why it matters:* Un proyecto territorial típico tiene un componente que monitorea y evalúa los resultados", body);
        Assert.Contains("(source: V. Next steps — 4. Development of lessons learned)", body);
        Assert.Contains("Las reglas de cofinanciamiento de “Fondo para iniciativas conjuntas” deben exigir proponentes tanto públicos como privados.", body);
        Assert.DoesNotContain("How to fix", body);
    }

    [Fact]
    public void The_appendix_gives_each_finding_its_position_rule_and_fix()
    {
        var (_, appendix) = Review("masaya-furniture");
        Assert.Matches(@"- \*\*masaya-furniture\.yaml:\d+:\d+\*\* · CMP004 · Error: Ningún componente monitorea los resultados", appendix);
        Assert.Contains("How to fix: Agregue un componente de tipo lessons-learned", appendix);
        Assert.Contains("· suppressed:", appendix);
    }

    public static TheoryData<string> Examples() => new(RenderTestHelpers.Examples);
}
