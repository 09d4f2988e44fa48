using System.IO.Compression;
using System.Text;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// Writes a .docx package: the body, its styles, list numbering, a footer with page numbers and the core
/// properties, with their relationships and content types. Same input, same bytes: the properties carry the
/// render date, relationship ids are fixed names, and every zip entry's time is the zip epoch.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The relationship id by which each section names the page footer.</summary>
    public const string FooterRelationship = "rIdFooter";

    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordContentTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package relationships: the main document and the core properties.</summary>
    private static readonly string PackageRelationships = XmlDeclaration
        + $"<Relationships xmlns=\"{RelationshipsNamespace}\">"
        + $"<Relationship Type=\"{OfficeRelationships}officeDocument\" Target=\"/word/document.xml\" Id=\"rId1\" />"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"/docProps/core.xml\" Id=\"rId2\" />"
        + "</Relationships>";

    /// <summary>The main document's relationships: styles, numbering and the footer.</summary>
    private static readonly string DocumentRelationships = XmlDeclaration
        + $"<Relationships xmlns=\"{RelationshipsNamespace}\">"
        + $"<Relationship Type=\"{OfficeRelationships}styles\" Target=\"/word/styles.xml\" Id=\"rIdStyles\" />"
        + $"<Relationship Type=\"{OfficeRelationships}numbering\" Target=\"/word/numbering.xml\" Id=\"rIdNumbering\" />"
        + $"<Relationship Type=\"{OfficeRelationships}footer\" Target=\"/word/footer1.xml\" Id=\"{FooterRelationship}\" />"
        + "</Relationships>";

    /// <summary>Content types: <c>.xml</c> defaults to the main document, every other part is named.</summary>
    private static readonly string ContentTypes = XmlDeclaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + $"<Default Extension=\"xml\" ContentType=\"{WordContentTypes}document.main+xml\" />"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />"
        + $"<Override PartName=\"/word/styles.xml\" ContentType=\"{WordContentTypes}styles+xml\" />"
        + $"<Override PartName=\"/word/numbering.xml\" ContentType=\"{WordContentTypes}numbering+xml\" />"
        + $"<Override PartName=\"/word/footer1.xml\" ContentType=\"{WordContentTypes}footer+xml\" />"
        + "</Types>";

    /// <param name="title">The file's title, in its core properties.</param>
    /// <param name="date">The render date: created and modified.</param>
    /// <param name="document">The main document part (<c>w:document</c>).</param>
    /// <param name="numbering">The numbering part (<c>w:numbering</c>).</param>
    /// <param name="labels">The language of the styles and the footer's words.</param>
    public static byte[] Write(string title, DateOnly date, byte[] document, byte[] numbering, Labels labels)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "word/document.xml", document);
            Entry(zip, "docProps/core.xml", Encoding.UTF8.GetBytes(CoreProperties(title, date)));
            Entry(zip, "word/styles.xml", DocxStyles.Build(labels.Language));
            Entry(zip, "word/numbering.xml", numbering);
            Entry(zip, "word/footer1.xml", PageFooter(labels));
            Entry(zip, "_rels/.rels", WithByteOrderMark(PackageRelationships));
            Entry(zip, "word/_rels/document.xml.rels", WithByteOrderMark(DocumentRelationships));
            Entry(zip, "[Content_Types].xml", WithByteOrderMark(ContentTypes));
        }
        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipEpoch;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] WithByteOrderMark(string xml) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(xml)];

    private static string CoreProperties(string title, DateOnly date)
    {
        var when = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{System.Security.SecurityElement.Escape(WordXml.Sanitize(title))}</dc:title><dc:creator>Designer</dc:creator><cp:lastModifiedBy>Designer</cp:lastModifiedBy>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>";
    }

    /// <summary>"page X of Y" in the documents' language, right-aligned, X and Y as Word fields that Word fills in.</summary>
    private static byte[] PageFooter(Labels labels)
    {
        using var w = new WordXml("ftr");
        w.Open("p").Open("pPr").Val("jc", "right").Close();
        foreach (var (text, hole) in PageNumber.Parts(labels))
        {
            if (text.Length > 0)
            {
                w.Open("r").Text(text).Close();
            }
            if (hole is not null)
            {
                w.Open("r").Open("fldChar").Attr("fldCharType", "begin").Close().Close()
                    .Open("r").Text("instrText", hole == PageNumber.Page ? " PAGE " : " NUMPAGES ", preserveSpace: true).Close()
                    .Open("r").Open("fldChar").Attr("fldCharType", "separate").Close().Close()
                    .Open("r").Text("t", "1", preserveSpace: false).Close()
                    .Open("r").Open("fldChar").Attr("fldCharType", "end").Close().Close();
            }
        }
        w.Close();
        return w.ToArray();
    }
}
