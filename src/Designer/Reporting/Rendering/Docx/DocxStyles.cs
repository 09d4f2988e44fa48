using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// The styles a Word user expects to find and restyle: Normal, Title, Heading 1–4 (with outline levels, so
/// Word's navigation pane and its own table of contents see them), a table grid, a code style and a list paragraph.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Calibri";
    public const string MonoFont = "Consolas";

    /// <summary>The styles, text marked as written in <paramref name="language"/> so that Word proofs it in that language.</summary>
    public static Styles Build(Localization.Language language)
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "20" },
                new FontSizeComplexScript { Val = "20" },
                new Languages { Val = WordLanguage(language) })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph("Normal", "Normal", null, isDefault: true));
        styles.Append(Paragraph("Title", "Title", new StyleRunProperties(new Bold(), new Color { Val = "2F6DB5" }, new FontSize { Val = "48" }), spaceBefore: "0", spaceAfter: "240"));
        styles.Append(Heading(1, "34", "2F6DB5"));
        styles.Append(Heading(2, "26", "1D232A"));
        styles.Append(Heading(3, "22", "1D232A"));
        styles.Append(Heading(4, "20", "1D232A"));
        var listParagraph = Paragraph("ListParagraph", "List Paragraph", null);
        listParagraph.StyleParagraphProperties = new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing());
        styles.Append(listParagraph);
        styles.Append(Paragraph("Code", "Code", new StyleRunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont }, new FontSize { Val = "17" })));
        styles.Append(Paragraph("TableText", "Table Text", new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" }), spaceBefore: "0", spaceAfter: "0"));
        styles.Append(new Style(
            new StyleName { Val = "Code Char" },
            new StyleRunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont }, new FontSize { Val = "17" }))
        { Type = StyleValues.Character, StyleId = "CodeChar" });
        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "C9D1DA" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style Heading(int level, string size, string color)
    {
        var style = Paragraph($"Heading{level}", $"heading {level}", new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = size }), spaceBefore: level == 1 ? "0" : "240", spaceAfter: "80");
        style.StyleParagraphProperties!.KeepNext = new KeepNext();
        style.StyleParagraphProperties.OutlineLevel = new OutlineLevel { Val = level - 1 };
        style.NextParagraphStyle = new NextParagraphStyle { Val = "Normal" };
        style.PrimaryStyle = new PrimaryStyle();
        return style;
    }

    private static Style Paragraph(string id, string name, StyleRunProperties? run, bool isDefault = false, string? spaceBefore = null, string? spaceAfter = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        else
        {
            style.BasedOn = new BasedOn { Val = "Normal" };
        }
        if (spaceBefore is not null || spaceAfter is not null || !isDefault)
        {
            style.StyleParagraphProperties = new StyleParagraphProperties();
            if (spaceBefore is not null || spaceAfter is not null)
            {
                style.StyleParagraphProperties.SpacingBetweenLines = new SpacingBetweenLines { Before = spaceBefore, After = spaceAfter };
            }
        }
        if (run is not null)
        {
            style.StyleRunProperties = run;
        }
        return style;
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
