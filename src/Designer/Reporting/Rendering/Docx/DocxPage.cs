namespace Designer.Reporting.Rendering.Docx;

/// <summary>A4 page geometry in twentieths of a point (twips), portrait or landscape, with 2 cm margins.</summary>
internal static class DocxPage
{
    public const uint ShortSide = 11906;
    public const uint LongSide = 16838;
    public const int Margin = 1134;

    /// <summary>The width text may take on the page: the page less its two margins.</summary>
    public static int TextWidth(bool landscape) => (int)(landscape ? LongSide : ShortSide) - 2 * Margin;
}
