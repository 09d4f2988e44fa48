using System.Text.RegularExpressions;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>
/// docs/getting-started.md followed literally: every `designer …` line of its shell blocks runs as written (with
/// `--out out/`, redirections, in one fresh folder, in order), and every output block it shows appears verbatim
/// in what the tool prints.
/// </summary>
public sealed partial class GettingStartedTests
{
    private static readonly string Guide = File.ReadAllText(TestPaths.InRepo("docs", "getting-started.md"));

    [GeneratedRegex(@"^```(?<lang>\w*)\n(?<body>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    private static IEnumerable<string> Blocks(string lang) =>
        FencedBlock().Matches(Guide).Where(m => m.Groups["lang"].Value == lang).Select(m => m.Groups["body"].Value);

    private static IEnumerable<string> Commands() =>
        Blocks("sh")
            .SelectMany(b => b.Split('\n'))
            .Select(l => Regex.Replace(l, @"\s+#.*$", "").Trim())
            .Where(l => l.StartsWith("designer ", StringComparison.Ordinal));

    /// <summary>Splits a shell line into words, honouring single and double quotes, and a trailing `> FILE`.</summary>
    private static (string[] Args, string? RedirectTo) Parse(string line)
    {
        var words = Regex.Matches(line, @"'([^']*)'|""([^""]*)""|(\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .Skip(1)
            .ToList();
        var redirect = words.IndexOf(">");
        if (redirect < 0)
        {
            return ([.. words], null);
        }
        return ([.. words.Take(redirect)], words[redirect + 1]);
    }

    [Fact]
    public void Every_command_of_the_guide_runs_as_written()
    {
        using var dir = new TempFolder("designer-guide-");
        var commands = Commands().ToList();
        Assert.Contains("designer render agreste.yaml --out out/", commands);
        var checkOutput = "";
        var pdfBrowser = Designer.Cli.BrowserLocator.Find(null);
        foreach (var command in commands)
        {
            var (args, redirectTo) = Parse(command);
            var r = CliRunner.RunIn(dir.FullName, args);
            if (redirectTo is not null)
            {
                File.WriteAllText(Path.Combine(dir.FullName, redirectTo), r.Out);
            }
            if (command.Contains("pdf", StringComparison.Ordinal) && pdfBrowser is null)
            {
                Assert.False(TestPaths.InCi, "CI must have Chromium (.ci/run installs Debian's chromium package)");
                Assert.Equal(2, r.ExitCode);
                Assert.StartsWith("designer: PDF needs Chromium or Chrome", r.Err, StringComparison.Ordinal);
                continue;
            }
            // The starter's TODO placeholders are errors until filled in: the guide says check exits 1.
            var expected = command == "designer check agreste.yaml" ? 1 : 0;
            Assert.True(r.ExitCode == expected, $"`{command}` exited {r.ExitCode}, expected {expected}:\n{r.Err}");
            Assert.DoesNotContain("internal error", r.Err, StringComparison.Ordinal);
            if (command == "designer check agreste.yaml")
            {
                checkOutput = r.Out;
            }
        }
        Assert.True(File.Exists(Path.Combine(dir.FullName, "project.schema.json")));
        Assert.True(File.Exists(Path.Combine(dir.FullName, "sergipe.yaml")));
        var brief = Path.Combine(dir.FullName, "out", "TODO-T0001-board-brief.html");
        Assert.True(File.Exists(brief), "render --out out/ wrote no board brief");
        Assert.Contains("Not ready for approval", File.ReadAllText(brief), StringComparison.Ordinal);
        if (pdfBrowser is not null)
        {
            Assert.True(File.Exists(Path.Combine(dir.FullName, "out", "TODO-T0001-board-brief.pdf")));
        }

        // The output the guide shows is what the tool prints.
        var shown = Blocks("").Where(b => b.StartsWith("agreste.yaml:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, shown.Count);
        Assert.All(shown, block => Assert.Contains(block, checkOutput, StringComparison.Ordinal));
    }
}
