using System.Diagnostics;

namespace Designer.Reporting.Rendering;

/// <summary>Prints an HTML page to PDF with the Chromium or Chrome the caller names (the command line finds one).</summary>
public static class PdfPrinter
{
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
