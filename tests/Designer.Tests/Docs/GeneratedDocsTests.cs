using System.Text.RegularExpressions;
using Designer.Projects.Schema;
using Designer.Reporting;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Docs;

/// <summary>
/// The generated references are in sync with the code (regenerate with the command each failure names), and every
/// link in the README and docs resolves to a file in the repository.
/// </summary>
public sealed partial class GeneratedDocsTests
{
    [Fact]
    public void The_format_reference_is_current()
    {
        Assert.True(File.ReadAllText(TestPaths.InRepo("docs", "project-format.md")) == FormatReference.Write(),
            "docs/project-format.md is stale: run `designer schema --markdown > docs/project-format.md`");
    }

    [Fact]
    public void The_published_schema_is_current()
    {
        Assert.True(File.ReadAllText(TestPaths.InRepo("docs", "project.schema.json")) == JsonSchemaWriter.Write(),
            "docs/project.schema.json is stale: run `designer schema > docs/project.schema.json`");
    }

    [Fact]
    public void The_rule_reference_is_current()
    {
        var expected = RuleDocs.All([RulePackLoader.BuiltIn]);
        var folder = TestPaths.InRepo("docs", "rules");
        var actual = Directory.GetFiles(folder, "*.md").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
        {
            Assert.True(actual[name] == text, $"docs/rules/{name} is stale: run `designer rules docs --out docs/rules`");
        }
    }

    [GeneratedRegex(@"\]\(([^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex MarkdownLink();

    public static IEnumerable<object[]> MarkdownFiles() =>
        new[] { TestPaths.InRepo("README.md") }
            .Concat(Directory.GetFiles(TestPaths.InRepo("docs"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(TestPaths.RepoRoot, f).Replace('\\', '/') });

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_relative_link_resolves_to_a_file(string file)
    {
        var path = TestPaths.InRepo(file.Split('/'));
        var broken = MarkdownLink().Matches(File.ReadAllText(path))
            .Select(m => m.Groups[1].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !File.Exists(Path.Combine(Path.GetDirectoryName(path)!, target)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, target)))
            .ToList();
        Assert.True(broken.Count == 0, $"{file}: broken links: {string.Join(", ", broken)}");
    }
}
