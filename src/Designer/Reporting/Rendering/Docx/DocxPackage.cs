using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// Writes a .docx package: the body, its styles, list numbering and a footer with page numbers. Same input,
/// same bytes: the package properties carry the render date, relationship ids are fixed, and the zip is
/// rewritten with every entry's time set to the zip epoch (System.IO.Packaging stamps the clock).
/// </summary>
internal static class DocxPackage
{
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string title, DateOnly date, Body body, Numbering numbering, Labels labels)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            // Named relationship ids and core properties written here: the SDK's defaults are random ids and a
            // properties part named by a new GUID on every run.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var core = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
            using (var coreStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CoreProperties(title, date))))
            {
                core.FeedData(coreStream);
            }
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(labels.Language);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = PageFooter(labels);
            main.Document = new Document(body);
        }
        return Normalise(stream.ToArray());
    }

    private static string CoreProperties(string title, DateOnly date)
    {
        var when = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:creator>Designer</dc:creator><cp:lastModifiedBy>Designer</cp:lastModifiedBy>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>";
    }

    /// <summary>"page X of Y" in the documents' language, right-aligned, X and Y as Word fields that Word fills in.</summary>
    private static Footer PageFooter(Labels labels)
    {
        static IEnumerable<OpenXmlElement> Field(string code) =>
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        foreach (var (text, hole) in PageNumber.Parts(labels))
        {
            if (text.Length > 0)
            {
                paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            if (hole is not null)
            {
                paragraph.Append(Field(hole == PageNumber.Page ? "PAGE" : "NUMPAGES"));
            }
        }
        return new Footer(paragraph);
    }

    /// <summary>The same entries in the same order, each stamped with the zip epoch.</summary>
    private static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipEpoch;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
