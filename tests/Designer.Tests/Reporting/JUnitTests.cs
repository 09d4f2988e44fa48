using System.Xml.Linq;
using Xunit;

namespace Designer.Tests.Reporting;

/// <summary>JUnit: errors and warnings fail their test case; information notes do not.</summary>
public sealed class JUnitTests
{
    [Fact]
    public void Information_notes_are_not_failures()
    {
        var r = Cli.CliRunner.Run("check", "examples/masaya-furniture.yaml", "--format", "junit");
        var suite = XDocument.Parse(r.Out).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        var failing = cases.Where(c => c.Element("failure") is not null).ToList();
        Assert.Equal(failing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)suite.Attribute("failures"));
        Assert.All(failing, c => Assert.Contains((string?)c.Element("failure")!.Attribute("type"), new[] { "error", "warning" }));
        // The example has information notes: each is written to its case's system-out, and its case passes.
        var notes = cases.Where(c => c.Element("system-out") is not null).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, c => Assert.Contains(": info: ", c.Element("system-out")!.Value, StringComparison.Ordinal));
        Assert.All(notes.Where(c => !c.Element("system-out")!.Value.Contains(": error: ", StringComparison.Ordinal) && !c.Element("system-out")!.Value.Contains(": warning: ", StringComparison.Ordinal)),
            c => Assert.Null(c.Element("failure")));
    }

    [Fact]
    public void A_warning_while_loading_fails_the_load_case_as_a_warning()
    {
        var r = Cli.CliRunner.Run("check", "tests/Designer.Tests/Cases/Corpus/033-three-decimals.yaml", "--format", "junit");
        var load = XDocument.Parse(r.Out).Root!.Element("testsuite")!.Elements("testcase").Single(c => (string?)c.Attribute("name") == "load");
        Assert.Equal("warning", (string?)load.Element("failure")!.Attribute("type"));
    }
}
