using System.Text;

namespace Designer.Reporting.Rendering;

/// <summary>
/// How wide a line of diagram text is, estimated without a font engine so that the SVG is the same on every
/// machine, and how a text wraps at word boundaries to a width. The estimate uses DejaVu Sans advance widths (the
/// widest of the fonts the HTML names, and the one Chromium falls back to on Debian), so text measured here fits in
/// Noto Sans, Segoe UI or Arial too. A letter with a diacritic counts as its base letter; any other character
/// outside ASCII counts as a full em.
/// </summary>
internal static class DiagramText
{
    // Advance widths of ASCII 32–126 in thousandths of an em, from DejaVu Sans Book and DejaVu Sans Bold.
    private static readonly short[] Regular =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
        636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
        634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ];

    private static readonly short[] Bold =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
        696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
        712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ];

    /// <summary>The estimated width of <paramref name="text"/> on one line, in the units of <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var table = bold ? Bold : Regular;
        long total = 0;
        foreach (var c in text)
        {
            total += Advance(c, table);
        }
        // Rounded up to a tenth so that the figure written into the SVG never understates it.
        return Math.Ceiling(total * fontSize / 100.0) / 10.0;
    }

    private static int Advance(char c, short[] table)
    {
        if (c is >= ' ' and <= '~')
        {
            return table[c - ' '];
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] is >= ' ' and <= '~' ? table[decomposed[0] - ' '] : 1000;
    }

    /// <summary>
    /// The lines of <paramref name="text"/> wrapped at spaces to <paramref name="maxWidth"/>. A word is never cut:
    /// one wider than the width stands on a line of its own (callers size their boxes by <see cref="WidestWord"/>).
    /// </summary>
    public static List<string> Wrap(string text, double maxWidth, double fontSize, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in Words(text))
        {
            if (line.Length > 0 && Width(line + " " + word, fontSize, bold) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>The width of the widest word of <paramref name="text"/>.</summary>
    public static double WidestWord(string text, double fontSize, bool bold = false) =>
        Words(text).Select(w => Width(w, fontSize, bold)).DefaultIfEmpty(0).Max();

    /// <summary>The words of a text: what lies between runs of white space.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
