using System.Text;
using Xunit;

namespace Designer.Tests.Hostile;

/// <summary>Control characters, CR-only line ends, markup in rule text and ids, file names in Markdown (items 5, 6, 8, 9).</summary>
public sealed class TextHostileTests
{
    public static TheoryData<string> Formats => new() { "text", "json", "sarif", "junit", "markdown", "github" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_escape_sequence_in_an_id_is_refused_and_never_reaches_the_terminal(string format)
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"),
            Hostile.Replace(Hostile.Example, "- { id: ufs,", "- { id: \"ufs\\e[2J\\a\",").Replace("responsible: ufs,", "responsible: \"ufs\\e[2J\\a\",", StringComparison.Ordinal));

        var r = Hostile.Run(dir.FullName, "check", "p.yaml", "--format", format);

        Hostile.AssertClean(r, 2, "DSG107", "x1B[2J");
        Assert.DoesNotContain("\u0007", r.Out + r.Err, StringComparison.Ordinal);
        if (format == "junit")
        {
            System.Xml.Linq.XDocument.Parse(r.Out);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_escape_sequence_in_a_finding_message_is_shown_escaped_in_every_format(string format)
    {
        // A rule message that quotes project text: the territory's name carries ESC and BEL.
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Replace(Hostile.Example, "name: Agreste Sergipano", "name: \"Agreste\\e]0;pwned\\a\""));
        File.WriteAllText(Path.Combine(dir.FullName, "quote.yaml"), """
            pack: quote
            title: Quote
            rules:
              - { id: QUOTE001, title: t, area: a, severity: error, lesson: l, cite: c, assert: "false", message: "territory {{ territory.name }}" }
            """);

        var r = Hostile.Run(dir.FullName, "check", "p.yaml", "--rules", "quote.yaml", "--no-builtin", "--format", format);

        Hostile.AssertClean(r, 1);
        Assert.DoesNotContain("\u0007", r.Out + r.Err, StringComparison.Ordinal);
        var shown = format switch
        {
            "json" or "sarif" => "\\u001B]0;pwned\\u0007",
            "markdown" => "\\\\x1B]0;pwned\\\\x07",
            _ => "\\x1B]0;pwned\\x07",
        };
        Assert.Contains(shown, r.Out, StringComparison.OrdinalIgnoreCase);
        if (format == "junit")
        {
            System.Xml.Linq.XDocument.Parse(r.Out);
        }
    }

    [Fact]
    public void Rules_list_and_eval_show_control_characters_escaped()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "esc.yaml"), "pack: e\ntitle: E\nrules:\n  - { id: E1, title: \"t\\e[31m\\a\", area: a, severity: info, lesson: l, cite: c, assert: \"true\", message: m }\n");

        var list = Hostile.Run(dir.FullName, "rules", "list", "--rules", "esc.yaml", "--no-builtin");
        var eval = Hostile.Run(dir.FullName, "eval", "'\u001b[2J' + 1");

        Hostile.AssertClean(list, 0, "t\\x1B[31m\\x07");
        Hostile.AssertClean(eval, 1, "Evaluation error");
        Assert.DoesNotContain("\u0007", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CR_only_line_ends_give_each_finding_its_own_line_and_a_short_excerpt()
    {
        using var dir = new TempFolder("designer-hostile-");
        var text = Hostile.Replace(Hostile.Example, "  language: en\n", "  language: en\n  contry: typo\n").Replace("\n", "\r", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "mac.yaml"), text);

        var r = Hostile.Run(dir.FullName, "check", "mac.yaml");

        Hostile.AssertClean(r, 2, "mac.yaml:8:3: error DSG102: unknown key `contry`");
        Assert.True(r.Err.Length < 1_000, r.Err);
    }

    [Fact]
    public void A_ten_megabyte_CR_only_file_reports_the_right_line_and_quotes_at_most_a_short_excerpt()
    {
        using var dir = new TempFolder("designer-hostile-");
        var sb = new StringBuilder();
        var filler = "# " + new string('x', 1_000) + "\r";
        while (sb.Length < 10_000_000)
        {
            sb.Append(filler);
        }
        var lines = sb.Length / filler.Length;
        sb.Append("designer: 1\rbogus: 1\r");
        File.WriteAllText(Path.Combine(dir.FullName, "big.yaml"), sb.ToString());

        var r = Hostile.Run(dir.FullName, "check", "big.yaml");

        Hostile.AssertClean(r, 2, $"big.yaml:{lines + 2}:1: error DSG102: unknown key `bogus`");
        Assert.True(r.Err.Length < 4_000, $"{r.Err.Length:N0} characters on standard error");
    }

    [Fact]
    public void A_finding_on_a_megabyte_line_quotes_a_window_around_its_column()
    {
        using var dir = new TempFolder("designer-hostile-");
        var text = Hostile.Replace(Hostile.Example, "  language: en\n", "  language: en\n  summary2: " + new string('y', 1_000_000) + "\n");
        File.WriteAllText(Path.Combine(dir.FullName, "wide.yaml"), text);

        var r = Hostile.Run(dir.FullName, "check", "wide.yaml");

        Hostile.AssertClean(r, 2, "wide.yaml:8:3: error DSG102: unknown key `summary2`");
        Assert.True(r.Err.Length < 1_000, $"{r.Err.Length:N0} characters on standard error");
    }

    [Theory]
    [InlineData("../../etc/x", "rule id `../../etc/x` is not valid")]
    [InlineData("A\\nB", "rule id `A\\x0AB` is not valid")]
    [InlineData("has space", "rule id `has space` is not valid")]
    [InlineData("x..y", "rule id `x..y` is not valid")]
    public void A_rule_id_outside_the_pattern_is_refused_where_the_pack_loads(string id, string expected)
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Hostile.Example);
        File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), "pack: bad\ntitle: Bad\nrules:\n  - id: \"" + id + "\"\n    title: t\n    area: a\n    severity: info\n    lesson: l\n    cite: c\n    assert: \"true\"\n    message: m\n");

        var r = Hostile.Run(dir.FullName, "check", "p.yaml", "--rules", "bad.yaml");
        var docs = Hostile.Run(dir.FullName, "rules", "docs", "--out", "docs", "--rules", "bad.yaml");

        Hostile.AssertClean(r, 2, "bad.yaml:4:9: error DSG301: " + expected);
        Hostile.AssertClean(docs, 2, expected);
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "docs")));
    }

    [Fact]
    public void Rule_text_with_html_and_a_javascript_link_stays_text_in_rules_show_and_rules_docs()
    {
        using var dir = new TempFolder("designer-hostile-");
        File.WriteAllText(Path.Combine(dir.FullName, "x.yaml"), """
            pack: x
            title: "X <img src=x onerror=alert(1)>"
            rules:
              - id: XSS001
                title: "<script>alert(1)</script>"
                area: "a | b"
                severity: info
                lesson: "Read [this](javascript:alert(1)) and <b>that</b>; the code `a[0] < b` stays code."
                cite: c
                help: "<iframe src=//evil>"
                assert: "true"
                message: "m `x`"
            """);

        var show = Hostile.Run(dir.FullName, "rules", "show", "XSS001", "--rules", "x.yaml");
        var docs = Hostile.Run(dir.FullName, "rules", "docs", "--out", "docs", "--rules", "x.yaml");

        Hostile.AssertClean(show, 0, "&lt;script&gt;", "\\[this\\](javascript:alert(1))", "`a[0] < b`", "a \\| b");
        Hostile.AssertClean(docs, 0);
        foreach (var page in new[] { show.Out, File.ReadAllText(Path.Combine(dir.FullName, "docs", "XSS001.md")), File.ReadAllText(Path.Combine(dir.FullName, "docs", "README.md")) })
        {
            var html = Markdig.Markdown.ToHtml(page);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_named_with_backticks_and_html_stays_inside_its_code_span_in_markdown_output()
    {
        using var dir = new TempFolder("designer-hostile-");
        var name = "a`b``<img src=x onerror=alert(1)>.yaml";
        File.WriteAllText(Path.Combine(dir.FullName, name), Hostile.Example);

        var r = Hostile.Run(dir.FullName, "check", name, "--format", "markdown");

        Hostile.AssertClean(r, 0, "### ```" + name + "```");
        var html = Markdig.Markdown.ToHtml(r.Out, Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build());
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<code>a`b``&lt;img src=x onerror=alert(1)&gt;.yaml</code>", html, StringComparison.Ordinal);
    }
}
