using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// Word files made from the same Markdown syntax tree the HTML is made from, so the two always say the same:
/// headings become Word's heading styles, pipe tables real Word tables with a repeated header row, lists
/// Word lists. Each document is a section of its own, starting on a new page; the logframe's is landscape.
/// A diagram (a Mermaid block, drawn as SVG in the HTML) becomes a line that says where to see it.
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
        var body = new Body();
        if (cover is not null)
        {
            WriteCover(body, cover, documents);
            body.Append(new Paragraph(new ParagraphProperties(SectionProperties(landscape: false))));
        }
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var blocks = Markdig.Markdown.Parse(doc.Markdown, DocumentRenderer.Pipeline);
            foreach (var block in blocks)
            {
                WriteBlock(body, block, state, DocxPage.TextWidth(doc.Landscape));
            }
            var section = SectionProperties(doc.Landscape);
            if (i < documents.Count - 1)
            {
                body.Append(new Paragraph(new ParagraphProperties(section)));
            }
            else
            {
                body.Append(section);
            }
        }
        return DocxPackage.Write(title, date, body, state.Numbering(), labels);
    }

    private static void WriteCover(Body body, CoverFacts cover, IReadOnlyList<DocxDocument> documents)
    {
        body.Append(StyledParagraph("Title", new Run(Text(cover.Title))));
        foreach (var (term, value) in new[]
        {
            (cover.Labels.Text("cover.operation-number"), cover.OperationNumber),
            (cover.Labels.Text("cover.country"), cover.Country ?? cover.Labels.Text("value.not-stated")),
            (cover.Labels.Text("cover.version"), cover.Labels.Text("cover.version-text", ("date", cover.DateText), ("version", cover.ToolVersion))),
        })
        {
            body.Append(new Paragraph(new Run(new RunProperties(new Bold()), Text(term + ": ")), new Run(Text(value))));
        }
        body.Append(StyledParagraph("Heading2", new Run(Text(cover.Labels.Text("cover.contents")))));
        for (var i = 0; i < documents.Count; i++)
        {
            body.Append(new Paragraph(new Run(Text($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {documents[i].Title}"))));
        }
    }

    private static SectionProperties SectionProperties(bool landscape) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new SectionType { Val = SectionMarkValues.NextPage },
            landscape
                ? new PageSize { Width = DocxPage.LongSide, Height = DocxPage.ShortSide, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = DocxPage.ShortSide, Height = DocxPage.LongSide },
            new PageMargin { Top = DocxPage.Margin, Bottom = DocxPage.Margin, Left = (uint)DocxPage.Margin, Right = (uint)DocxPage.Margin, Header = 567, Footer = 567, Gutter = 0 });

    private static void WriteBlock(OpenXmlCompositeElement parent, Block block, State state, int width, int listLevel = 0, int? listNumber = null)
    {
        switch (block)
        {
            case HeadingBlock heading:
                parent.Append(WithRuns(StyledParagraph($"Heading{Math.Min(heading.Level, 4)}"), heading.Inline));
                break;
            case ParagraphBlock paragraph:
                var p = listNumber is null ? new Paragraph() : ListParagraph(listNumber.Value, listLevel);
                parent.Append(WithRuns(p, paragraph.Inline));
                break;
            case ListBlock list:
                var number = list.IsOrdered ? state.NewOrderedList(list.OrderedStart) : BulletList;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        // Only an item's first paragraph carries the bullet or number; the rest are indented under it.
                        WriteBlock(parent, child, state, width, child is ListBlock ? listLevel + 1 : listLevel, first && child is ParagraphBlock ? number : null);
                        first = false;
                    }
                }
                break;
            case MdTable table:
                parent.Append(Table(table, width));
                parent.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                break;
            case FencedCodeBlock fenced when fenced.Info == "mermaid":
                // What a Word file says where the HTML and PDF draw a diagram.
                parent.Append(new Paragraph(new Run(new RunProperties(new Italic()), Text(state.Labels.Text("diagram.note")))));
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    parent.Append(StyledParagraph("Code", new Run(Text(line.Slice.ToString()))));
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(parent, child, state, width, listLevel);
                }
                break;
            case ThematicBreakBlock:
                parent.Append(new Paragraph(new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" }))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(parent, child, state, width, listLevel);
                }
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                parent.Append(WithRuns(new Paragraph(), leaf.Inline));
                break;
        }
    }

    private static WTable Table(MdTable table, int width)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var widths = ColumnWidths(rows, columns, width);
        var result = new WTable(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        }
        result.Append(grid);
        foreach (var row in rows)
        {
            var wRow = new WTableRow();
            if (row.IsHeader)
            {
                wRow.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            }
            else
            {
                wRow.Append(new TableRowProperties(new CantSplit()));
            }
            for (var c = 0; c < columns; c++)
            {
                var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (row.IsHeader)
                {
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EEF2F6" });
                }
                var paragraph = StyledParagraph("TableText");
                if (c < row.Count && row[c] is MdTableCell cell)
                {
                    foreach (var leaf in cell.OfType<LeafBlock>())
                    {
                        WithRuns(paragraph, leaf.Inline, bold: row.IsHeader);
                    }
                }
                wRow.Append(new WTableCell(cellProperties, paragraph));
            }
            result.Append(wRow);
        }
        return result;
    }

    /// <summary>Columns weighted by the text they hold (its longest cell, within bounds), so a narrow code column does not take a fifth of the page.</summary>
    private static int[] ColumnWidths(List<MdTableRow> rows, int columns, int width)
    {
        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var longest = rows.Where(r => c < r.Count).Select(r => PlainText((MdTableCell)r[c]).Length).DefaultIfEmpty(0).Max();
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

    private static string PlainText(MdTableCell cell) =>
        string.Concat(cell.OfType<LeafBlock>().Select(l => l.Inline is null ? "" : string.Concat(l.Inline.Descendants<LiteralInline>().Select(x => x.Content.ToString()))));

    private static Paragraph ListParagraph(int numberId, int level)
    {
        var p = StyledParagraph("ListParagraph");
        p.ParagraphProperties!.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = Math.Min(level, 8) }, new NumberingId { Val = numberId });
        return p;
    }

    private static Paragraph StyledParagraph(string style, params OpenXmlElement[] children)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(children);
        return p;
    }

    private static Paragraph WithRuns(Paragraph paragraph, ContainerInline? inlines, bool bold = false)
    {
        if (inlines is not null)
        {
            AppendInlines(paragraph, inlines, new Format(bold, false, false));
        }
        return paragraph;
    }

    private sealed record Format(bool Bold, bool Italic, bool Code);

    private static void AppendInlines(Paragraph paragraph, ContainerInline container, Format format)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Append(TextRun(literal.Content.ToString(), format));
                    break;
                case CodeInline code:
                    paragraph.Append(TextRun(code.Content, format with { Code = true }));
                    break;
                case HtmlEntityInline entity:
                    paragraph.Append(TextRun(entity.Transcoded.ToString(), format));
                    break;
                case HtmlInline html:
                    paragraph.Append(TextRun(html.Tag, format));
                    break;
                case AutolinkInline link:
                    paragraph.Append(TextRun(link.Url, format));
                    break;
                case LineBreakInline lineBreak:
                    paragraph.Append(lineBreak.IsHard ? new Run(new Break()) : TextRun(" ", format));
                    break;
                case EmphasisInline emphasis:
                    AppendInlines(paragraph, emphasis, emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true });
                    break;
                case ContainerInline inner:
                    AppendInlines(paragraph, inner, format);
                    break;
            }
        }
    }

    private static Run TextRun(string text, Format format)
    {
        var run = new Run();
        if (format.Bold || format.Italic || format.Code)
        {
            var properties = new RunProperties();
            if (format.Code)
            {
                properties.RunStyle = new RunStyle { Val = "CodeChar" };
            }
            if (format.Bold)
            {
                properties.Bold = new Bold();
            }
            if (format.Italic)
            {
                properties.Italic = new Italic();
            }
            run.Append(properties);
        }
        run.Append(Text(text));
        return run;
    }

    private static WText Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

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

        public Numbering Numbering()
        {
            var numbering = new Numbering();
            numbering.Append(Abstract(0, NumberFormatValues.Bullet, _ => "•"));
            numbering.Append(Abstract(1, NumberFormatValues.Decimal, level => $"%{level + 1}."));
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList });
            for (var i = 0; i < _orderedStarts.Count; i++)
            {
                numbering.Append(new NumberingInstance(
                    new AbstractNumId { Val = 1 },
                    new LevelOverride(new StartOverrideNumberingValue { Val = _orderedStarts[i] }) { LevelIndex = 0 })
                { NumberID = FirstOrderedList + i });
            }
            return numbering;
        }

        private static AbstractNum Abstract(int id, NumberFormatValues format, Func<int, string> text)
        {
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
            for (var level = 0; level < 9; level++)
            {
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = format },
                    new LevelText { Val = text(level) },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 2)).ToString(CultureInfo.InvariantCulture), Hanging = "360" }))
                { LevelIndex = level });
            }
            return abstractNum;
        }
    }
}
