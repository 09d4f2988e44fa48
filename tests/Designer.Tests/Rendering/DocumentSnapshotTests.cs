using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>Every document of every example, in Markdown and HTML, against its golden file, to the byte.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class DocumentSnapshotTests
{
    public static IEnumerable<object[]> Cases() =>
        from example in RenderTestHelpers.Examples
        from doc in new[] { "board-brief", "logframe", "me-plan", "indicator-sheets", "review" }
        from ext in new[] { "md", "html" }
        select new object[] { example, doc, ext };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_matches_its_golden_file(string example, string document, string extension)
    {
        var result = RenderTestHelpers.RenderExample(example);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var file = result.Files.Single(f => f.Key.EndsWith($"-{document}.{extension}", StringComparison.Ordinal));
        using (ApprovalResults.ForScenario($"{example}.{document}.{extension}"))
        {
            Approvals.Verify(file.Value);
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = RenderTestHelpers.RenderExample("masaya-furniture").Files;
        var second = RenderTestHelpers.RenderExample("masaya-furniture").Files;
        Assert.Equal(first, second);
    }
}
