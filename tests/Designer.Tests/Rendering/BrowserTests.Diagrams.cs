using System.Diagnostics;
using System.Text.RegularExpressions;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

public sealed partial class BrowserTests
{
    // For each box of each diagram, the browser's own measure of each line (getBBox, in the SVG's units) against the box.
    private const string OverflowProbe = """
        <script>
        var lines = 0, over = [];
        document.querySelectorAll('figure.diagram svg').forEach(function (svg) {
          var width = svg.viewBox.baseVal.width;
          svg.querySelectorAll('text').forEach(function (t) {
            var b = t.getBBox();
            if (b.x < -0.5 || b.x + b.width > width + 0.5) { over.push(t.textContent + ' (past the diagram)'); }
          });
          svg.querySelectorAll('g.node, g.component').forEach(function (g) {
            var r = g.querySelector('rect.box'), x = r.x.baseVal.value, w = r.width.baseVal.value, y = r.y.baseVal.value, h = r.height.baseVal.value;
            g.querySelectorAll('text').forEach(function (t) {
              var b = t.getBBox();
              lines++;
              if (b.x < x - 0.5 || b.x + b.width > x + w + 0.5 || b.y < y - 0.5 || b.y + b.height > y + h + 0.5) {
                over.push(t.textContent + ' (' + b.width.toFixed(1) + ' in ' + w.toFixed(1) + ')');
              }
            });
          });
        });
        document.body.setAttribute('data-lines', String(lines));
        document.body.setAttribute('data-over', over.join(' | ').replace(/"/g, "'"));
        </script></body>
        """;

    [SkippableTheory]
    [InlineData("sergipe-apparel")]
    [InlineData("masaya-furniture")]
    [InlineData("huila-coffee")]
    public void No_diagram_text_overflows_its_box_in_the_browser(string example)
    {
        RequireBrowser();
        var combined = RenderTestHelpers.RenderExample(example).Files
            .Single(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !DocumentKinds.All.Any(d => f.Key.EndsWith($"-{d.Id}.html", StringComparison.Ordinal))).Value;
        // The test copy drops the page's script ban so that the probe can measure.
        var probe = Regex.Replace(combined, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "").Replace("</body>", OverflowProbe, StringComparison.Ordinal);
        using var dir = new TempFolder("designer-diagram-");
        var file = Path.Combine(dir.FullName, "page.html");
        File.WriteAllText(file, probe);
        var start = new ProcessStartInfo(Browser!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir.FullName, "p")}", "--window-size=688,1100", "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish");
        var match = Regex.Match(dom.Result, "data-lines=\"(\\d+)\" data-over=\"([^\"]*)\"");
        Assert.True(match.Success, "the probe did not run");
        Assert.True(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 20, $"only {match.Groups[1].Value} lines were measured");
        Assert.Equal("", System.Net.WebUtility.HtmlDecode(match.Groups[2].Value));
    }
}
