using System.Globalization;
using System.Text.RegularExpressions;
using Designer.Projects.Schema;

namespace Designer.Projects;

/// <summary>
/// Numbers as project designers write them — <c>1.080.000</c>, <c>1,080,000</c>, <c>30%</c> — recognised so that
/// a message can name the likely intent and the exact way to write it.
/// </summary>
internal static partial class NumberHints
{
    /// <summary>The fix every message about thousands separators gives.</summary>
    public static Designer.Localization.LocalText WriteWithout(long value) =>
        Designer.Localization.LocalText.Of("number.write-without", ("value", value.ToString(CultureInfo.InvariantCulture)), ("underscored", Underscored(value)));

    /// <summary>A whole number with invariant thousands separators (<c>1,080,000</c>), as messages quote a meant value.</summary>
    public static string Grouped(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "";

    /// <summary><c>1,080,000</c> or <c>1.080.000</c> (one separator used throughout): the number meant.</summary>
    public static long? ThousandsSeparated(string text)
    {
        var m = ThousandsPattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }
        var digits = text.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>
    /// <c>720.000</c>: a number with exactly three decimals after one to three digits, which in a money or count
    /// field is far more likely a thousands separator than a fraction.
    /// </summary>
    public static long? DotAsThousands(string text)
    {
        var m = DotThousandsPattern().Match(text.Trim());
        return m.Success ? long.Parse(m.Groups[1].Value + m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary><c>95%</c> or <c>95 %</c>: the share meant (0.95).</summary>
    public static double? Percentage(string text)
    {
        var m = PercentPattern().Match(text.Trim());
        return m.Success && double.TryParse(m.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v / 100 : null;
    }

    /// <summary>Fields that hold money or a count of something, where a thousands separator is a likely slip.</summary>
    public static bool IsMoneyOrCount(ScalarType type) =>
        type.Kind == ScalarKind.Int || (type.Kind == ScalarKind.Number && type.Description == "amount");

    /// <summary>A share in the form the format wants: 0.95, never 0.9500000000000001.</summary>
    public static string Share(double share) => Math.Round(share, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Underscored(long value)
    {
        var s = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var groups = new List<string>();
        for (var end = s.Length; end > 0; end -= 3)
        {
            groups.Insert(0, s[Math.Max(0, end - 3)..end]);
        }
        return (value < 0 ? "-" : "") + string.Join("_", groups);
    }

    [GeneratedRegex(@"^[-+]?[0-9]{1,3}(?:(?<sep>[,.])[0-9]{3})(?:\k<sep>[0-9]{3})*$|^[-+]?[0-9]{1,3}(?:,[0-9]{3}){1,}$")]
    private static partial Regex ThousandsPattern();

    [GeneratedRegex(@"^([1-9][0-9]{0,2})\.([0-9]{3})$")]
    private static partial Regex DotThousandsPattern();

    [GeneratedRegex(@"^([0-9]+(?:[.,][0-9]+)?)\s*%$")]
    private static partial Regex PercentPattern();
}
