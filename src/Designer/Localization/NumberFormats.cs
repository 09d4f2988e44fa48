using System.Globalization;

namespace Designer.Localization;

/// <summary>
/// Numbers, percentages and dates as each language writes them, never from the machine's locale: English groups
/// thousands with commas and marks decimals with a point (1,080,000.50); Spanish and Portuguese as the region's
/// IDB documents do, with points and a comma (1.080.000,50). A percentage is the number and a sign with no space
/// in all three (61.8%, 61,8%), as IDB and MIF documents write it in Spanish and Portuguese.
/// </summary>
public static class NumberFormats
{
    /// <summary>
    /// A number with a .NET custom format (<c>#,0.##</c>) in a language. <c>Format(1080000.5, "#,0.00", Language.Spanish)</c>
    /// → <c>1.080.000,50</c>.
    /// </summary>
    public static string Format(double value, string format, Language language)
    {
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        return language == Language.English ? invariant : SwapSeparators(invariant);
    }

    /// <summary>A whole number with grouped thousands. <c>Format(1080000, Language.Portuguese)</c> → <c>1.080.000</c>.</summary>
    public static string Format(long value, Language language)
    {
        var invariant = value.ToString("#,0", CultureInfo.InvariantCulture);
        return language == Language.English ? invariant : SwapSeparators(invariant);
    }

    /// <summary>A share as a percentage. <c>Percent(0.618, 1, Language.Spanish)</c> → <c>61,8%</c>.</summary>
    public static string Percent(double share, int digits, Language language) =>
        Format(share * 100, "0." + new string('#', Math.Clamp(digits, 0, 6)), language) + "%";

    /// <summary>The name of a month (1–12), lower case in Spanish and Portuguese. <c>MonthName(3, Language.Portuguese)</c> → <c>março</c>.</summary>
    public static string MonthName(int month, Language language) =>
        Localizer.Text(language, "month." + month.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date in full. <c>LongDate(new DateOnly(2025, 3, 1), Language.Spanish)</c> → <c>1 de marzo de 2025</c>.</summary>
    public static string LongDate(DateOnly date, Language language) =>
        Localizer.Text(language, "date.long", ("day", date.Day), ("month", MonthName(date.Month, language)), ("year", date.Year));

    /// <summary>A month of a year. <c>MonthYear(2025, 3, Language.English)</c> → <c>March 2025</c>.</summary>
    public static string MonthYear(int year, int month, Language language) =>
        Localizer.Text(language, "date.month-year", ("month", MonthName(month, language)), ("year", year));

    // Both separators swap at once, through a placeholder, so "1,080,000.5" becomes "1.080.000,5".
    private static string SwapSeparators(string text) =>
        string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
}
