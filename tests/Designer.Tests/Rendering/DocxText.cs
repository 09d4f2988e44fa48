using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Designer.Tests.Rendering;

/// <summary>Reads a Word file back: its paragraphs and table cells as text, and a readable outline of it for golden files.</summary>
internal static class DocxText
{
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>Each paragraph's text, in reading order, table cells included; empty paragraphs left out.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var doc = Open(docx);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
    }

    /// <summary>One line per paragraph with its style, a table as rows of cells, and each section's page orientation.</summary>
    public static string Outline(byte[] docx)
    {
        using var doc = Open(docx);
        var sb = new StringBuilder();
        foreach (var element in doc.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                    var numbered = p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
                    if (p.InnerText.Length > 0)
                    {
                        sb.Append(style is null ? "" : $"[{style}{(numbered is null ? "" : $" #{numbered}")}] ").Append(p.InnerText).Append('\n');
                    }
                    if (p.ParagraphProperties?.GetFirstChild<SectionProperties>() is { } inner)
                    {
                        sb.Append(Section(inner));
                    }
                    break;
                case Table t:
                    sb.Append("[table ").Append(string.Join(" ", t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value))).Append("]\n");
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
                        sb.Append(header ? "|h| " : "| ").Append(string.Join(" | ", row.Elements<TableCell>().Select(c => c.InnerText))).Append(" |\n");
                    }
                    break;
                case SectionProperties s:
                    sb.Append(Section(s));
                    break;
            }
        }
        return sb.ToString();
    }

    public static bool IsLandscape(SectionProperties s) => s.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;

    private static string Section(SectionProperties s) => IsLandscape(s) ? "--- section end: A4 landscape\n" : "--- section end: A4 portrait\n";

    /// <summary>Every zip entry's time, which must be fixed for the bytes to be.</summary>
    public static IEnumerable<DateTimeOffset> EntryTimes(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.LastWriteTime).ToList();
    }

    public static IEnumerable<OpenXmlElement> Sections(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>();
}
