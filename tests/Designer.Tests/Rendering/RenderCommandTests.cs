using Designer.Reporting.Rendering;
using Designer.Tests.Cli;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>`designer render`: files written atomically into --out, overrides, template errors, hostile ids.</summary>
public sealed class RenderCommandTests
{
    [Fact]
    public void Render_writes_the_five_documents_in_md_and_html()
    {
        using var dir = new TempFolder("designer-render-");
        var r = CliRunner.Run("render", "examples/huila-coffee.yaml", "--out", dir.FullName);
        Assert.Equal(0, r.ExitCode);
        var names = Directory.GetFiles(dir.FullName).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
        [
            "CO-T1187-board-brief.html", "CO-T1187-board-brief.md", "CO-T1187-indicator-sheets.html", "CO-T1187-indicator-sheets.md",
            "CO-T1187-logframe.html", "CO-T1187-logframe.md", "CO-T1187-me-plan.html", "CO-T1187-me-plan.md",
            "CO-T1187-review.html", "CO-T1187-review.md", "CO-T1187.html",
        ], names);
    }

    [Fact]
    public void Only_and_format_select_documents_and_formats()
    {
        using var dir = new TempFolder("designer-render-");
        var r = CliRunner.Run("render", "examples/huila-coffee.yaml", "--out", dir.FullName, "--only", "logframe", "--format", "md");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["CO-T1187-logframe.md"], Directory.GetFiles(dir.FullName).Select(f => Path.GetFileName(f)!).ToArray());
        var bad = CliRunner.Run("render", "examples/huila-coffee.yaml", "--out", dir.FullName, "--only", "logfram");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("did you mean `logframe`?", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overridden_template_is_used_and_the_others_stay_built_in()
    {
        using var dir = new TempFolder("designer-render-");
        var templates = Directory.CreateDirectory(Path.Combine(dir.FullName, "templates"));
        File.WriteAllText(Path.Combine(templates.FullName, "review.sbn"), "# Agency review of {{ project.id }}\n\n{{ review.verdict }}\n");
        var outDir = Path.Combine(dir.FullName, "out");
        var r = CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", outDir, "--templates", templates.FullName, "--format", "md", "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("# Agency review of BR-T1234\n\nReady for approval once the warnings are addressed or explained.\n", File.ReadAllText(Path.Combine(outDir, "BR-T1234-review.md")));
        Assert.StartsWith("# Logical framework", File.ReadAllText(Path.Combine(outDir, "BR-T1234-logframe.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_is_reported_at_its_position_and_nothing_is_written()
    {
        using var dir = new TempFolder("designer-render-");
        var templates = Directory.CreateDirectory(Path.Combine(dir.FullName, "t"));
        File.WriteAllText(Path.Combine(templates.FullName, "review.sbn"), "# Review\n\n{{ for f in review.areas }}\n{{ f.nme }}\n");
        var outDir = Path.Combine(dir.FullName, "out");
        var r = CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", outDir, "--templates", templates.FullName);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"t/review\.sbn:\d+:\d+: error DSG401: ", r.Err);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void A_template_cannot_include_a_file_outside_the_template_folders()
    {
        using var dir = new TempFolder("designer-render-");
        var templates = Directory.CreateDirectory(Path.Combine(dir.FullName, "t"));
        File.WriteAllText(Path.Combine(templates.FullName, "review.sbn"), "{{ include '../../../etc/passwd' }}\n");
        var r = CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", Path.Combine(dir.FullName, "out"), "--templates", templates.FullName);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is not a template name", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_template_stops_at_the_loop_limit()
    {
        using var dir = new TempFolder("designer-render-");
        var templates = Directory.CreateDirectory(Path.Combine(dir.FullName, "t"));
        File.WriteAllText(Path.Combine(templates.FullName, "review.sbn"), "{{ while true }}x{{ end }}\n");
        var r = CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", Path.Combine(dir.FullName, "out"), "--templates", templates.FullName);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("limit", r.Err, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("BR-T1234", "BR-T1234")]
    [InlineData("a/b\\c:d", "a-b-c-d")]
    [InlineData("...", "project")]
    public void Ids_are_made_safe_for_file_names(string id, string expected) =>
        Assert.Equal(expected, DocumentRenderer.SafeName(id));

    [Fact]
    public void Pdf_without_a_browser_is_a_clear_error()
    {
        using var dir = new TempFolder("designer-render-");
        var r = CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", dir.FullName, "--format", "pdf", "--browser", "/no/such/browser");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("designer: PDF needs Chromium or Chrome", r.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.FullName));
    }
}

/// <summary>Template limits: recursion and output size end in a template diagnostic.</summary>
public sealed class TemplateLimitTests
{
    private static Designer.Reporting.Rendering.RenderResult RenderWith(string template)
    {
        using var dir = new TempFolder("designer-tlimit-");
        File.WriteAllText(Path.Combine(dir.FullName, "review.sbn"), template);
        return RenderTestHelpers.RenderExample("sergipe-apparel", new Designer.Reporting.Rendering.RenderOptions
        {
            Documents = ["review"],
            TemplatesFolder = dir.FullName,
            MaxOutput = 100_000,
        });
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var result = RenderWith("{{ func f(x)\n ret f(x + 1)\nend\nf(1) }}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG401", d.Code);
        Assert.Contains("recursive", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Output_beyond_the_limit_is_refused()
    {
        var result = RenderWith("{{ for i in 1..9000 }}{{ project.title }}{{ end }}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG401", d.Code);
        Assert.Contains("OutputLimit `100000`", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }
}
