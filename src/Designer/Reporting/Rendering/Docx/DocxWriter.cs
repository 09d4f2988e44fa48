using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// Word files made from the same Markdown syntax tree the HTML is made from, so the two always say the same:
/// headings become Word's heading styles, pipe tables real Word tables with a repeated header row, lists
/// Word lists. Each document is a section of its own, starting on a new page; the logframe's is landscape.
/// A diagram (a Mermaid block, drawn as SVG in the HTML) becomes a line that says where to see it.
/// The WordprocessingML is written directly, element by element in the schema's order (<see cref="WordXml"/>).
/// </summary>
internal static class DocxWriter
{
    private const int BulletList = 1;
    private const int FirstOrderedList = 2;

    /// <param name="title">The file's title, in its properties.</param>
    /// <param name="date">The render date, in its properties.</param>
    /// <param name="documents">The documents, each a section of its own.</param>
    /// <param name="labels">The words Designer adds (the diagram note, the page footer) and the language Word proofs in.</param>
    /// <param name="cover">The cover and contents of a file of several documents.</param>
    public static byte[] Write(string title, DateOnly date, IReadOnlyList<DocxDocument> documents, Labels labels, CoverFacts? cover = null)
    {
        var state = new State(labels);
        using var w = new WordXml("document");
        w.Open("body");
        if (cover is not null)
        {
            WriteCover(w, cover, documents);
            w.Open("p").Open("pPr");
            SectionProperties(w, landscape: false);
            w.Close().Close();
        }
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var blocks = Markdig.Markdown.Parse(doc.Markdown, DocumentRenderer.Pipeline);
            foreach (var block in blocks)
            {
                WriteBlock(w, block, state, DocxPage.TextWidth(doc.Landscape));
            }
            if (i < documents.Count - 1)
            {
                w.Open("p").Open("pPr");
                SectionProperties(w, doc.Landscape);
                w.Close().Close();
            }
            else
            {
                SectionProperties(w, doc.Landscape);
            }
        }
        w.Close();
        return DocxPackage.Write(title, date, w.ToArray(), state.Numbering(), labels);
    }

    private static void WriteCover(WordXml w, CoverFacts cover, IReadOnlyList<DocxDocument> documents)
    {
        StyledParagraph(w, "Title");
        TextRun(w, cover.Title, Format.Plain);
        w.Close();
        foreach (var (term, value) in new[]
        {
            (cover.Labels.Text("cover.operation-number"), cover.OperationNumber),
            (cover.Labels.Text("cover.country"), cover.Country ?? cover.Labels.Text("value.not-stated")),
            (cover.Labels.Text("cover.version"), cover.Labels.Text("cover.version-text", ("date", cover.DateText), ("version", cover.ToolVersion))),
        })
        {
            w.Open("p");
            TextRun(w, term + ": ", Format.Plain with { Bold = true });
            TextRun(w, value, Format.Plain);
            w.Close();
        }
        StyledParagraph(w, "Heading2");
        TextRun(w, cover.Labels.Text("cover.contents"), Format.Plain);
        w.Close();
        for (var i = 0; i < documents.Count; i++)
        {
            w.Open("p");
            TextRun(w, $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {documents[i].Title}", Format.Plain);
            w.Close();
        }
    }

    private static void SectionProperties(WordXml w, bool landscape)
    {
        w.Open("sectPr")
            .Open("footerReference").Attr("type", "default").RelationshipAttr("id", DocxPackage.FooterRelationship).Close()
            .Val("type", "nextPage");
        w.Open("pgSz");
        if (landscape)
        {
            w.Attr("w", DocxPage.LongSide).Attr("h", DocxPage.ShortSide).Attr("orient", "landscape");
        }
        else
        {
            w.Attr("w", DocxPage.ShortSide).Attr("h", DocxPage.LongSide);
        }
        w.Close()
            .Open("pgMar").Attr("top", DocxPage.Margin).Attr("right", DocxPage.Margin).Attr("bottom", DocxPage.Margin).Attr("left", DocxPage.Margin)
            .Attr("header", 567).Attr("footer", 567).Attr("gutter", 0).Close()
            .Close();
    }

    private static void WriteBlock(WordXml w, Block block, State state, int width, int listLevel = 0, int? listNumber = null)
    {
        switch (block)
        {
            case HeadingBlock heading:
                StyledParagraph(w, $"Heading{Math.Min(heading.Level, 4)}");
                Inlines(w, heading.Inline, Format.Plain);
                w.Close();
                break;
            case ParagraphBlock paragraph:
                if (listNumber is null)
                {
                    w.Open("p");
                }
                else
                {
                    ListParagraph(w, listNumber.Value, listLevel);
                }
                Inlines(w, paragraph.Inline, Format.Plain);
                w.Close();
                break;
            case ListBlock list:
                var number = list.IsOrdered ? state.NewOrderedList(list.OrderedStart) : BulletList;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        // Only an item's first paragraph carries the bullet or number; the rest are indented under it.
                        WriteBlock(w, child, state, width, child is ListBlock ? listLevel + 1 : listLevel, first && child is ParagraphBlock ? number : null);
                        first = false;
                    }
                }
                break;
            case Table table:
                Table(w, table, width);
                w.Open("p").Open("pPr").Open("spacing").Attr("after", "0").Close().Close().Close();
                break;
            case FencedCodeBlock fenced when fenced.Info == "mermaid":
                // What a Word file says where the HTML and PDF draw a diagram.
                w.Open("p");
                TextRun(w, state.Labels.Text("diagram.note"), Format.Plain with { Italic = true });
                w.Close();
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    StyledParagraph(w, "Code");
                    TextRun(w, line.Slice.ToString(), Format.Plain);
                    w.Close();
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(w, child, state, width, listLevel);
                }
                break;
            case ThematicBreakBlock:
                w.Open("p").Open("pPr").Open("pBdr");
                DocxStyles.Border(w, "bottom");
                w.Close().Close().Close();
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(w, child, state, width, listLevel);
                }
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                w.Open("p");
                Inlines(w, leaf.Inline, Format.Plain);
                w.Close();
                break;
        }
    }

    private static void Table(WordXml w, Table table, int width)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var widths = ColumnWidths(rows, columns, width);
        w.Open("tbl")
            .Open("tblPr")
            .Val("tblStyle", "TableGrid")
            .Open("tblW").Attr("w", width).Attr("type", "dxa").Close()
            .Open("tblLayout").Attr("type", "fixed").Close()
            .Val("tblLook", "04A0")
            .Close()
            .Open("tblGrid");
        foreach (var columnWidth in widths)
        {
            w.Open("gridCol").Attr("w", columnWidth).Close();
        }
        w.Close();
        foreach (var row in rows)
        {
            w.Open("tr").Open("trPr").Empty("cantSplit");
            if (row.IsHeader)
            {
                w.Empty("tblHeader");
            }
            w.Close();
            for (var c = 0; c < columns; c++)
            {
                w.Open("tc").Open("tcPr").Open("tcW").Attr("w", widths[c]).Attr("type", "dxa").Close();
                if (row.IsHeader)
                {
                    w.Open("shd").Attr("val", "clear").Attr("color", "auto").Attr("fill", "EEF2F6").Close();
                }
                w.Close();
                StyledParagraph(w, "TableText");
                if (c < row.Count && row[c] is TableCell cell)
                {
                    foreach (var leaf in cell.OfType<LeafBlock>())
                    {
                        Inlines(w, leaf.Inline, Format.Plain with { Bold = row.IsHeader });
                    }
                }
                w.Close().Close();
            }
            w.Close();
        }
        w.Close();
    }

    /// <summary>Columns weighted by the text they hold (its longest cell, within bounds), so a narrow code column does not take a fifth of the page.</summary>
    private static int[] ColumnWidths(List<TableRow> rows, int columns, int width)
    {
        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var longest = rows.Where(r => c < r.Count).Select(r => PlainText((TableCell)r[c]).Length).DefaultIfEmpty(0).Max();
            weights[c] = Math.Sqrt(Math.Clamp(longest, 4, 400));
        }
        var total = weights.Sum();
        var widths = weights.Select(w => (int)(width * w / total)).ToArray();
        if (columns > 0)
        {
            widths[^1] += width - widths.Sum();
        }
        return widths;
    }

    private static string PlainText(TableCell cell) =>
        string.Concat(cell.OfType<LeafBlock>().Select(l => l.Inline is null ? "" : string.Concat(l.Inline.Descendants<LiteralInline>().Select(x => x.Content.ToString()))));

    private static void ListParagraph(WordXml w, int numberId, int level) =>
        w.Open("p").Open("pPr").Val("pStyle", "ListParagraph")
            .Open("numPr").Val("ilvl", Math.Min(level, 8)).Val("numId", numberId).Close()
            .Close();

    /// <summary>Opens a paragraph in <paramref name="style"/>; its runs follow, then the caller closes it.</summary>
    private static void StyledParagraph(WordXml w, string style) =>
        w.Open("p").Open("pPr").Val("pStyle", style).Close();

    private readonly record struct Format(bool Bold, bool Italic, bool Code)
    {
        public static Format Plain => default;
    }

    private static void Inlines(WordXml w, ContainerInline? container, Format format)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    TextRun(w, literal.Content.ToString(), format);
                    break;
                case CodeInline code:
                    TextRun(w, code.Content, format with { Code = true });
                    break;
                case HtmlEntityInline entity:
                    TextRun(w, entity.Transcoded.ToString(), format);
                    break;
                case HtmlInline html:
                    TextRun(w, html.Tag, format);
                    break;
                case AutolinkInline link:
                    TextRun(w, link.Url, format);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        w.Open("r").Empty("br").Close();
                    }
                    else
                    {
                        TextRun(w, " ", format);
                    }
                    break;
                case EmphasisInline emphasis:
                    Inlines(w, emphasis, emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true });
                    break;
                case ContainerInline inner:
                    Inlines(w, inner, format);
                    break;
            }
        }
    }

    private static void TextRun(WordXml w, string text, Format format)
    {
        w.Open("r");
        if (format.Bold || format.Italic || format.Code)
        {
            w.Open("rPr");
            if (format.Code)
            {
                w.Val("rStyle", "CodeChar");
            }
            if (format.Bold)
            {
                w.Empty("b");
            }
            if (format.Italic)
            {
                w.Empty("i");
            }
            w.Close();
        }
        w.Text(text).Close();
    }

    /// <summary>List numbering: one bullet list definition, and a numbered one restarted for each ordered list.</summary>
    private sealed class State(Labels labels)
    {
        private readonly List<int> _orderedStarts = [];

        public Labels Labels { get; } = labels;

        public int NewOrderedList(string? start)
        {
            _orderedStarts.Add(int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1);
            return FirstOrderedList + _orderedStarts.Count - 1;
        }

        /// <summary>The numbering part.</summary>
        public byte[] Numbering()
        {
            using var w = new WordXml("numbering");
            Abstract(w, 0, "bullet", _ => "•");
            Abstract(w, 1, "decimal", level => $"%{level + 1}.");
            w.Open("num").Attr("numId", BulletList).Val("abstractNumId", 0).Close();
            for (var i = 0; i < _orderedStarts.Count; i++)
            {
                w.Open("num").Attr("numId", FirstOrderedList + i).Val("abstractNumId", 1)
                    .Open("lvlOverride").Attr("ilvl", 0).Val("startOverride", _orderedStarts[i]).Close()
                    .Close();
            }
            return w.ToArray();
        }

        private static void Abstract(WordXml w, int id, string format, Func<int, string> text)
        {
            w.Open("abstractNum").Attr("abstractNumId", id).Val("multiLevelType", "hybridMultilevel");
            for (var level = 0; level < 9; level++)
            {
                w.Open("lvl").Attr("ilvl", level)
                    .Val("start", 1)
                    .Val("numFmt", format)
                    .Val("lvlText", text(level))
                    .Val("lvlJc", "left")
                    .Open("pPr").Open("ind").Attr("left", 360 * (level + 2)).Attr("hanging", "360").Close().Close()
                    .Close();
            }
            w.Close();
        }
    }
}
