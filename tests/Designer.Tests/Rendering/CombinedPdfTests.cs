using System.Diagnostics;
using System.Text.RegularExpressions;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// The combined PDF, read back with poppler's pdfinfo and pdftotext (CI installs poppler-utils): a cover, a table
/// of contents whose page numbers are where each document starts, and "page X of Y" on every page but the cover.
/// </summary>
public sealed partial class CombinedPdfTests
{
    private static void RequireTools()
    {
        var browser = Designer.Cli.BrowserLocator.Find(null);
        var poppler = Tool("pdftotext") is not null && Tool("pdfinfo") is not null;
        Assert.False(TestPaths.InCi && (browser is null || !poppler), "CI must have Chromium and poppler-utils (.ci/run installs them)");
        Skip.If(browser is null || !poppler, "Chromium or poppler-utils not found: install Debian's chromium and poppler-utils to run the combined PDF checks");
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Tool(tool)!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Result;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^\s*(\d)\.\s+(.+?)\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ContentsLine();

    [SkippableFact]
    public void Combined_pdf_has_a_cover_contents_and_page_numbers()
    {
        RequireTools();
        using var dir = new TempFolder("designer-combined-");
        var r = Designer.Tests.Cli.CliRunner.Run("render", "examples/huila-coffee.yaml", "--out", dir.FullName, "--format", "pdf", "--date", "2027-03-15");
        Assert.True(r.ExitCode == 0, r.Err);
        var pdf = Path.Combine(dir.FullName, "CO-T1187.pdf");
        var pages = int.Parse(PagesLine().Match(Run("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // Cover, contents, and each of the five documents on pages of its own.
        Assert.True(pages >= 7, $"{pages} pages");
        string Page(int n) => Run("pdftotext", "-layout", "-f", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", n.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-");

        var cover = Regex.Replace(Page(1), @"\s+", " ");
        Assert.Contains("Specialty coffee supply chain of southern Huila", cover, StringComparison.Ordinal);
        Assert.Contains("Operation number CO-T1187", cover, StringComparison.Ordinal);
        Assert.Contains("Country Colombia", cover, StringComparison.Ordinal);
        Assert.Contains("15 March 2027", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("page 1 of", cover, StringComparison.Ordinal);

        for (var n = 2; n <= pages; n++)
        {
            Assert.Contains($"page {n} of {pages}", Page(n), StringComparison.Ordinal);
        }

        var contents = ContentsLine().Matches(Page(2)).Select(m => (Title: m.Groups[2].Value, Start: int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(DocumentKinds.All.Select(d => d.Title), contents.Select(c => c.Title));
        Assert.Equal(3, contents[0].Start);
        for (var i = 0; i < contents.Count; i++)
        {
            // Each document begins at the top of the page the contents name, and the page before ends the one before.
            var (title, start) = contents[i];
            Assert.True(start <= pages, $"{title} starts on page {start} of {pages}");
            var first = Regex.Replace(Page(start), @"\s+", " ").TrimStart();
            var heading = i == 0 ? "Specialty coffee supply chain of southern Huila" : title;
            Assert.StartsWith(heading, first, StringComparison.Ordinal);
            if (i > 0)
            {
                Assert.True(start > contents[i - 1].Start, $"{title} starts on page {start}, before the document above it");
            }
        }
    }
}
