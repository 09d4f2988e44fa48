using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Designer.Reporting.Rendering;
using Designer.Reporting.Rendering.Docx;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// The Word files: valid for the Open XML SDK's validator, saying what the HTML says, paragraph by paragraph and
/// cell by cell, with the logframe on a landscape page; same input, same bytes.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed partial class DocxTests
{
    private static readonly RenderOptions WithDocx = new() { ToolVersion = "test", Docx = true };

    /// <summary>What a Word file says in place of a diagram, in each language.</summary>
    private static readonly HashSet<string> DiagramNotes = [.. Designer.Localization.Languages.All.Select(l => Labels.For(l).Text("diagram.note"))];

    public static IEnumerable<object[]> Documents() =>
        from example in RenderTestHelpers.Examples
        from doc in DocumentKinds.All.Select(d => d.Id)
        select new object[] { example, doc };

    public static IEnumerable<object[]> Examples() => RenderTestHelpers.Examples.Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_word_file_passes_the_open_xml_validator(string example)
    {
        var result = RenderTestHelpers.RenderExample(example, WithDocx);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        // Five documents and the combined one.
        Assert.Equal(6, result.BinaryFiles.Count);
        foreach (var (name, bytes) in result.BinaryFiles)
        {
            using var doc = DocxText.Open(bytes);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{name}: {e.Description} at {e.Path?.XPath}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Word_text_matches_the_html_text(string example, string document)
    {
        var result = RenderTestHelpers.RenderExample(example, WithDocx);
        var html = result.Files.Single(f => f.Key.EndsWith($"-{document}.html", StringComparison.Ordinal)).Value;
        var docx = result.BinaryFiles.Single(f => f.Key.EndsWith($"-{document}.docx", StringComparison.Ordinal)).Value;
        var fromHtml = HtmlParagraphs(html);
        var fromWord = DocxText.Paragraphs(docx).Where(p => !DiagramNotes.Contains(p)).Select(Normalise).ToList();
        Assert.NotEmpty(fromHtml);
        Assert.Equal(fromHtml, fromWord);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Word_file_matches_its_golden_outline(string example, string document)
    {
        var result = RenderTestHelpers.RenderExample(example, WithDocx);
        var docx = result.BinaryFiles.Single(f => f.Key.EndsWith($"-{document}.docx", StringComparison.Ordinal)).Value;
        using (ApprovalResults.ForScenario($"{example}.{document}.docx"))
        {
            Approvals.Verify(DocxText.Outline(docx));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Wide_documents_are_landscape_as_in_the_html_and_the_others_portrait(string example)
    {
        var result = RenderTestHelpers.RenderExample(example, WithDocx);
        foreach (var (id, _) in DocumentKinds.All)
        {
            using var doc = DocxText.Open(result.BinaryFiles.Single(f => f.Key.EndsWith($"-{id}.docx", StringComparison.Ordinal)).Value);
            var section = Assert.Single(DocxText.Sections(doc).Cast<SectionProperties>());
            Assert.Equal(DocumentKinds.IsLandscape(id), DocxText.IsLandscape(section));
            Assert.Equal(id is "logframe" or "me-plan", DocxText.IsLandscape(section));
        }
        // The combined file: the cover's section, then one per document in reading order, the wide ones landscape.
        using var combined = DocxText.Open(result.BinaryFiles.Single(f => !DocumentKinds.All.Any(d => f.Key.EndsWith($"-{d.Id}.docx", StringComparison.Ordinal))).Value);
        var orientations = DocxText.Sections(combined).Cast<SectionProperties>().Select(DocxText.IsLandscape).ToList();
        Assert.Equal([false, false, true, true, false, false], orientations);
    }

    [Fact]
    public void Combined_word_file_has_a_cover_and_contents_and_page_numbers_in_its_footer()
    {
        var result = RenderTestHelpers.RenderExample("huila-coffee", WithDocx with { Date = new DateOnly(2027, 3, 15) });
        var bytes = result.BinaryFiles["CO-T1187.docx"];
        var paragraphs = DocxText.Paragraphs(bytes);
        Assert.Equal("Specialty coffee supply chain of southern Huila", paragraphs[0]);
        Assert.Contains("Operation number: CO-T1187", paragraphs);
        Assert.Contains("Country: Colombia", paragraphs);
        Assert.Contains("Version: 15 March 2027 (Designer test)", paragraphs);
        var contents = paragraphs.SkipWhile(p => p != "Contents").Skip(1).Take(DocumentKinds.All.Count).ToList();
        Assert.Equal(DocumentKinds.All.Select((d, i) => $"{i + 1}. {d.Title}"), contents);
        using var doc = DocxText.Open(bytes);
        var footer = doc.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<FieldCode>().Select(f => f.Text));
        Assert.Equal("page 1 of 1", string.Concat(footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)));
    }

    [Fact]
    public void Rendering_twice_gives_identical_word_bytes_with_fixed_times_and_dates()
    {
        var first = RenderTestHelpers.RenderExample("masaya-furniture", WithDocx).BinaryFiles;
        var second = RenderTestHelpers.RenderExample("masaya-furniture", WithDocx).BinaryFiles;
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[name]), $"{name} differs between two renders");
            Assert.All(DocxText.EntryTimes(bytes), t => Assert.Equal(new DateTime(1980, 1, 1), t.DateTime));
            using var doc = DocxText.Open(bytes);
            Assert.Equal(new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc), doc.PackageProperties.Created!.Value.ToUniversalTime());
        }
    }

    [Fact]
    public void Render_command_writes_word_files()
    {
        using var dir = new TempFolder("designer-docx-");
        var r = Designer.Tests.Cli.CliRunner.Run("render", "examples/sergipe-apparel.yaml", "--out", dir.FullName, "--format", "docx", "--only", "board-brief,logframe");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal(["BR-T1234-board-brief.docx", "BR-T1234-logframe.docx", "BR-T1234.docx"], Directory.GetFiles(dir.FullName).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(dir.FullName, "BR-T1234.docx")), 0, 2));
    }

    [Fact]
    public void Every_markdown_construct_gives_valid_word_in_the_schema_order()
    {
        // The examples' documents use no ordered list, rule, hard break or quote; the writer must still place
        // each element where the schema wants it.
        const string markdown = "# Title\n\nA *stressed* and **strong** word, `code`, &amp; a line  \nbroken by hand.\n\n"
            + "1. first\n2. second\n   - nested\n\n3) restarted at three\n\n---\n\n> quoted text\n\n    indented code\n\n"
            + "| a | b |\n| --- | --- |\n| 1 | |\n";
        var bytes = DocxWriter.Write("Constructs", new DateOnly(2027, 1, 1), [new DocxDocument("x", "Constructs", markdown, Landscape: false)], Labels.English);
        using var doc = DocxText.Open(bytes);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Single(body.Descendants<Break>());
        Assert.Single(body.Descendants<ParagraphBorders>());
        Assert.Equal(["first", "second", "nested", "restarted at three", "quoted text", "indented code"], DocxText.Paragraphs(bytes).Skip(2).Take(6));
        var numbers = doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToList();
        Assert.Equal([null, 1, 3], numbers.Select(n => n.GetFirstChild<LevelOverride>()?.StartOverrideNumberingValue?.Val?.Value));
    }

    [Fact]
    public void Control_characters_in_the_project_s_text_are_shown_as_escapes_in_every_document()
    {
        var text = File.ReadAllText(TestPaths.InRepo("examples", "huila-coffee.yaml"))
            .Replace("  title: Specialty coffee supply chain of southern Huila", "  title: \"Bell \\x07, override \\u202E, tab \\x0B end\"", StringComparison.Ordinal);
        var result = RenderTestHelpers.Render("huila-coffee.yaml", "huila-coffee.yaml", text, WithDocx);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        const string shown = "Bell \\x07, override \\u202E, tab \\x0B end";
        var brief = result.Files.Single(f => f.Key.EndsWith("-board-brief.md", StringComparison.Ordinal)).Value;
        Assert.Contains(shown, brief, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', brief);
        var html = result.Files.Single(f => f.Key.EndsWith("-board-brief.html", StringComparison.Ordinal)).Value;
        Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        // The combined page's cover names the title too.
        Assert.All(result.Files, f => Assert.False(Designer.Text.ControlCharacters.ContainsAny(f.Value.Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)), $"{f.Key} holds a raw control character"));
        foreach (var (name, bytes) in result.BinaryFiles)
        {
            using var doc = DocxText.Open(bytes);
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            Assert.Contains(DocxText.Paragraphs(bytes), p => p.Contains(shown, StringComparison.Ordinal));
            Assert.DoesNotContain('\u0007', doc.PackageProperties.Title ?? "");
        }
    }

    [Fact]
    public void Text_a_word_part_cannot_hold_is_escaped_or_replaced()
    {
        // Built here, not as theory data: a lone surrogate does not survive the test runner's serialisation.
        const char high = '\uD83D', low = '\uDE00';
        (string Text, string Expected)[] cases =
        [
            ("plain", "plain"),
            ("bell \u0007", "bell \\x07"),
            ($"pair {high}{low} kept", $"pair {high}{low} kept"),
            ($"lone {high} high", "lone \uFFFD high"),
            ($"lone {low} low", "lone \uFFFD low"),
            ($"swapped {low}{high}", "swapped \uFFFD\uFFFD"),
            ($"at the end {high}", "at the end \uFFFD"),
            ("not a character \uFFFE", "not a character \uFFFD"),
            ("lines\nand\ttabs", "lines\nand\ttabs"),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, WordXml.Sanitize(text));
        }
    }

    [Fact]
    public void The_library_writes_word_files_without_the_open_xml_sdk()
    {
        // The SDK's types were most of the native tool's start-up; it stays a test-only validator.
        var references = typeof(DocxWriter).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain(references, n => n!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
    }

    /// <summary>
    /// The HTML's paragraphs in reading order: headings, paragraphs, list items (their own text, without nested
    /// lists) and table cells, diagrams left out (a Word file names them instead of drawing them).
    /// </summary>
    private static List<string> HtmlParagraphs(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var result = new List<string>();
        foreach (var e in doc.Body!.Descendants<IElement>())
        {
            if (e.Closest("figure") is not null || e.Closest("pre code.language-mermaid") is not null)
            {
                continue;
            }
            string? text = e.LocalName switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "th" or "td" => e.TextContent,
                "li" when e.QuerySelector(":scope > p") is null => string.Concat(e.ChildNodes.Where(n => n is not IElement { LocalName: "ul" or "ol" }).Select(n => n.TextContent)),
                _ => null,
            };
            if (text is not null && Normalise(text) is { Length: > 0 } normalised)
            {
                result.Add(normalised);
            }
        }
        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Normalise(string text) => Space().Replace(text, " ").Trim();
}
