using AngleSharp.Html.Parser;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Xunit;

namespace Designer.Tests.Cli;

/// <summary>`designer portfolio`: a folder of the examples, a revision and a broken proposal, in HTML, Markdown and CSV (golden files).</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class PortfolioCommandTests
{
    private static TempFolder ProposalsFolder()
    {
        var dir = new TempFolder("designer-portfolio-");
        var proposals = Directory.CreateDirectory(Path.Combine(dir.FullName, "proposals")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(proposals, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(proposals, "sergipe-apparel-v2.yaml"), DiffCommandTests.RevisedSergipe());
        File.WriteAllText(Path.Combine(proposals, "broken.yaml"), "designer: 1\nproject: [\n");
        return dir;
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("csv")]
    public void Folder_of_proposals_matches_the_golden_file(string format)
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out");
        Assert.Equal("", result.Err);
        Assert.Equal(0, result.ExitCode);
        using (ApprovalResults.ForScenario(format))
        {
            Approvals.Verify(File.ReadAllText(Path.Combine(dir.FullName, "out", "portfolio." + format)));
        }
    }

    [Fact]
    public void Each_checked_proposal_links_to_its_rendered_documents()
    {
        using var dir = ProposalsFolder();
        var result = CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "out");
        Assert.Equal(0, result.ExitCode);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.FullName, "out", "portfolio.html")));
        var rows = page.QuerySelectorAll("#proposals tbody tr");
        Assert.Equal(5, rows.Length);
        var links = page.QuerySelectorAll("#proposals tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, links.Count);
        Assert.Equal(4, links.Distinct().Count());
        foreach (var link in links)
        {
            var html = File.ReadAllText(Path.Combine(dir.FullName, "out", link));
            Assert.Contains("<h1", html, StringComparison.Ordinal);
        }
        // The broken proposal is listed, not checked, and has no documents.
        var broken = rows.Single(r => r.TextContent.Contains("not checked", StringComparison.Ordinal));
        Assert.Null(broken.QuerySelector("a"));
        Assert.Empty(page.QuerySelectorAll("script[src], link[href]"));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_without_documents_has_no_links()
    {
        using var dir = ProposalsFolder();
        CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "a");
        CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "b");
        foreach (var name in new[] { "portfolio.html", "portfolio.md", "portfolio.csv", "documents/BR-T1234.html" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(dir.FullName, "a", name)), File.ReadAllText(Path.Combine(dir.FullName, "b", name)));
        }
        Assert.Equal(0, CliRunner.RunIn(dir.FullName, "portfolio", "proposals", "--out", "c", "--no-documents").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "c", "documents")));
        Assert.DoesNotContain("<a href", File.ReadAllText(Path.Combine(dir.FullName, "c", "portfolio.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_exits_two()
    {
        var result = CliRunner.Run("portfolio", "no-such-folder", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-folder", result.Err, StringComparison.Ordinal);
    }
}
