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

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The parts of a hyphenated compound joined as a line break after any of its hyphens joins them: "non-firm-actors" → "nonfirm", "firmactors", "nonfirmactors".</summary>
    private static IEnumerable<string> Joins(string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            for (var j = i + 1; j < parts.Length; j++)
            {
                yield return string.Concat(parts[i..(j + 1)]);
            }
        }
    }

    /// <summary>
    /// The second witness to the print check in <see cref="BrowserTests"/>, read from the PDF itself: every word
    /// pdftotext reads from the printed document is a word of the document's text. A word cut by the table layout
    /// prints as two fragments ("Frequenc", "y") that the text does not have. A word that wraps after its hyphen
    /// reads back joined ("micro-enterprises" as "microenterprises"), so the hyphen-joined forms count as words too.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(BrowserTests.EveryDocument), MemberType = typeof(BrowserTests))]
    public void Every_printed_word_is_a_word_of_the_document(string example, string document)
    {
        RequireTools();
        var html = RenderTestHelpers.RenderExample(example).Files.Single(f => f.Key.EndsWith($"-{document}.html", StringComparison.Ordinal)).Value;
        var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline), "<[^>]+>", " "));
        var vocabulary = Word().Matches(text).Select(m => m.Value)
            .Concat(Regex.Matches(text, @"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+").SelectMany(m => Joins(m.Value.Split('-'))))
            .ToHashSet(StringComparer.Ordinal);
        var (pdf, error) = PdfPrinter.Print(Designer.Cli.BrowserLocator.Find(null)!, html, TimeSpan.FromSeconds(60));
        Assert.True(pdf is not null, error);
        using var dir = new TempFolder("designer-words-");
        var file = Path.Combine(dir.FullName, "document.pdf");
        File.WriteAllBytes(file, pdf!);
        var printed = Word().Matches(Run("pdftotext", file, "-")).Select(m => m.Value).ToList();
        Assert.True(printed.Count > 20, "pdftotext read almost nothing from the PDF");
        Assert.Empty(printed.Where(w => !vocabulary.Contains(w)).Distinct());
    }
}
