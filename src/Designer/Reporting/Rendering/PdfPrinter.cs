using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Designer.Reporting.Rendering;

/// <summary>Prints an HTML page to PDF with the Chromium or Chrome the caller names (the command line finds one).</summary>
public static partial class PdfPrinter
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    /// <summary>The pages of a PDF the browser printed: its page objects, which Chromium writes uncompressed.</summary>
    public static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    /// <summary>
    /// The page each document starts on in the combined print: the cover is page 1, the contents page 2, and each
    /// document starts a new page, so a document starts after the pages of those before it, printed alone.
    /// </summary>
    public static IReadOnlyList<int> StartPages(IEnumerable<int> pageCounts)
    {
        var starts = new List<int>();
        var next = 3;
        foreach (var count in pageCounts)
        {
            starts.Add(next);
            next += count;
        }
        return starts;
    }

    /// <summary>Prints <paramref name="html"/> and returns the PDF bytes, or an error message.</summary>
    public static (byte[]? Pdf, string? Error) Print(string browser, string html, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("designer-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "page.html");
            var output = Path.Combine(work.FullName, "page.pdf");
            File.WriteAllText(input, html);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, $"could not start {browser}");
            }
            process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"{browser} did not finish printing within {timeout.TotalSeconds:0} seconds");
            }
            if (!File.Exists(output))
            {
                var firstLine = stderr.Result.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "no output";
                return (null, $"{browser} did not produce a PDF (exit code {process.ExitCode}): {firstLine}");
            }
            return (File.ReadAllBytes(output), null);
        }
        finally
        {
            try
            {
                work.Delete(true);
            }
            catch (IOException)
            {
                // The browser may still hold its profile folder for a moment; it is in the temp folder.
            }
        }
    }
}
