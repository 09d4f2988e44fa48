using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Designer.Localization;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// Every document of one example rendered in Spanish and in Portuguese (Markdown, HTML and the Word file's outline)
/// against its golden file, to the byte: the labels come from the language's dictionary, numbers and dates from
/// its formats.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class LocalizedDocumentSnapshotTests
{
    private const string Example = "huila-coffee";

    public static IEnumerable<object[]> Cases() =>
        from language in new[] { Language.Spanish, Language.Portuguese }
        from doc in DocumentKinds.All.Select(d => d.Id)
        from ext in new[] { "md", "html", "docx" }
        select new object[] { language, doc, ext };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_in_the_language_matches_its_golden_file(Language language, string document, string extension)
    {
        var result = RenderTestHelpers.RenderExample(Example, new RenderOptions { ToolVersion = "test", Docx = true, Language = language });
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var suffix = $"-{document}.{extension}";
        var text = extension == "docx"
            ? DocxText.Outline(result.BinaryFiles.Single(f => f.Key.EndsWith(suffix, StringComparison.Ordinal)).Value)
            : result.Files.Single(f => f.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;
        using (ApprovalResults.ForScenario($"{Example}.{language.Code()}.{document}.{extension}"))
        {
            Approvals.Verify(text);
        }
    }
}
