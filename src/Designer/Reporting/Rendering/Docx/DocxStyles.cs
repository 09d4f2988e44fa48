namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// The styles a Word user expects to find and restyle: Normal, Title, Heading 1–4 (with outline levels, so
/// Word's navigation pane and its own table of contents see them), a table grid, a code style and a list paragraph.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Calibri";
    public const string MonoFont = "Consolas";
    private const string BorderColor = "C9D1DA";

    /// <summary>The styles part, text marked as written in <paramref name="language"/> so that Word proofs it in that language.</summary>
    public static byte[] Build(Localization.Language language)
    {
        using var w = new WordXml("styles");
        w.Open("docDefaults")
            .Open("rPrDefault").Open("rPr");
        Fonts(w, Font, eastAsia: true);
        w.Val("sz", "20").Val("szCs", "20").Val("lang", WordLanguage(language))
            .Close().Close()
            .Open("pPrDefault").Open("pPr")
            .Open("spacing").Attr("after", "80").Attr("line", "264").Attr("lineRule", "auto").Close()
            .Close().Close()
            .Close();

        Paragraph(w, "Normal", "Normal", isDefault: true).Close();

        Paragraph(w, "Title", "Title");
        Spacing(w, "0", "240");
        w.Open("rPr").Empty("b").Val("color", "2F6DB5").Val("sz", "48").Close();
        w.Close();

        Heading(w, 1, "34", "2F6DB5");
        Heading(w, 2, "26", "1D232A");
        Heading(w, 3, "22", "1D232A");
        Heading(w, 4, "20", "1D232A");

        Paragraph(w, "ListParagraph", "List Paragraph");
        w.Open("pPr").Open("ind").Attr("left", "720").Close().Empty("contextualSpacing").Close();
        w.Close();

        Paragraph(w, "Code", "Code");
        w.Empty("pPr");
        CodeRun(w);
        w.Close();

        Paragraph(w, "TableText", "Table Text");
        Spacing(w, "0", "0");
        w.Open("rPr").Val("sz", "17").Val("szCs", "17").Close();
        w.Close();

        w.Open("style").Attr("type", "character").Attr("styleId", "CodeChar").Val("name", "Code Char");
        CodeRun(w);
        w.Close();

        w.Open("style").Attr("type", "table").Attr("styleId", "TableGrid").Val("name", "Table Grid")
            .Open("tblPr").Open("tblBorders");
        foreach (var side in (ReadOnlySpan<string>)["top", "left", "bottom", "right", "insideH", "insideV"])
        {
            w.Open(side).Attr("val", "single").Attr("color", BorderColor).Attr("sz", "4").Close();
        }
        w.Close().Open("tblCellMar");
        foreach (var (side, width) in (ReadOnlySpan<(string, string)>)[("top", "40"), ("left", "80"), ("bottom", "40"), ("right", "80")])
        {
            w.Open(side).Attr("w", width).Attr("type", "dxa").Close();
        }
        w.Close().Close().Close();
        return w.ToArray();
    }

    /// <summary>A border line as the table style draws it, for a paragraph's rule.</summary>
    public static void Border(WordXml w, string side) =>
        w.Open(side).Attr("val", "single").Attr("color", BorderColor).Attr("sz", "4").Close();

    private static void Heading(WordXml w, int level, string size, string color)
    {
        Paragraph(w, $"Heading{level}", $"heading {level}");
        w.Val("next", "Normal").Empty("qFormat")
            .Open("pPr").Empty("keepNext")
            .Open("spacing").Attr("before", level == 1 ? "0" : "240").Attr("after", "80").Close()
            .Val("outlineLvl", level - 1)
            .Close()
            .Open("rPr").Empty("b").Val("color", color).Val("sz", size).Close();
        w.Close();
    }

    /// <summary>Opens a paragraph style with its name and, unless it is the default, based on Normal.</summary>
    private static WordXml Paragraph(WordXml w, string id, string name, bool isDefault = false)
    {
        w.Open("style").Attr("type", "paragraph").Attr("styleId", id);
        if (isDefault)
        {
            w.Attr("default", "true");
        }
        w.Val("name", name);
        if (!isDefault)
        {
            w.Val("basedOn", "Normal");
        }
        return w;
    }

    private static void Spacing(WordXml w, string before, string after) =>
        w.Open("pPr").Open("spacing").Attr("before", before).Attr("after", after).Close().Close();

    private static void CodeRun(WordXml w)
    {
        w.Open("rPr");
        Fonts(w, MonoFont, eastAsia: false);
        w.Val("sz", "17").Close();
    }

    private static void Fonts(WordXml w, string font, bool eastAsia)
    {
        w.Open("rFonts").Attr("ascii", font).Attr("hAnsi", font);
        if (eastAsia)
        {
            w.Attr("eastAsia", font);
        }
        w.Attr("cs", font).Close();
    }

    /// <summary>
    /// The language tag Word proofs the text in: British English as before; Spanish and Portuguese as the region
    /// the MIF works in writes them (Latin American Spanish, Brazilian Portuguese).
    /// </summary>
    internal static string WordLanguage(Localization.Language language) => language switch
    {
        Localization.Language.Spanish => "es-419",
        Localization.Language.Portuguese => "pt-BR",
        _ => "en-GB",
    };
}
