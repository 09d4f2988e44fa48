using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Designer.Tests.Docs;

/// <summary>docs/limits.md names the test of each limit; every name it gives is a test that exists.</summary>
public sealed partial class LimitsDocTests
{
    [GeneratedRegex(@"`(?:(?<class>[A-Z][A-Za-z]+Tests)\.|…)(?<method>[A-Z][A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [Fact]
    public void Every_test_the_limits_page_names_exists()
    {
        var text = File.ReadAllText(TestPaths.InRepo("docs", "limits.md"));
        var tests = typeof(LimitsDocTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => (Class: t.Name, Method: m.Name)))
            .ToHashSet();
        var named = 0;
        string? lastClass = null;
        foreach (Match m in TestName().Matches(text))
        {
            var cls = m.Groups["class"].Success ? m.Groups["class"].Value : lastClass;
            lastClass = cls;
            Assert.True(cls is not null && tests.Contains((cls, m.Groups["method"].Value)), $"docs/limits.md names {cls}.{m.Groups["method"].Value}, which is not a test");
            named++;
        }
        Assert.True(named > 40, $"only {named} test names found in docs/limits.md");
    }
}
