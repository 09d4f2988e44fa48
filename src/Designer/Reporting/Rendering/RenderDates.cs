using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// Same input, same bytes: the clock and the random generator are not template inputs. Scriban's
/// <c>date.now</c> and <c>date.utc_now</c> give the render date (an input, <c>--date</c>), and <c>math.random</c>
/// is removed.
/// </summary>
internal static class RenderDates
{
    /// <summary>The date used when none is given and the project has no valid start month.</summary>
    public static readonly DateOnly Fallback = new(2000, 1, 1);

    /// <summary>The first day of a <c>YYYY-MM</c> start month, or <see cref="Fallback"/>.</summary>
    public static DateOnly FromProjectStart(string? start) =>
        start is { Length: 7 } && DateOnly.TryParseExact(start + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fallback;

    /// <summary>
    /// Scriban's built-in functions with the clock pinned to <paramref name="date"/> and no random numbers, made when
    /// a template first names one beyond <c>array</c>, <c>string</c> and <c>include</c> (see <see cref="OnDemandBuiltins"/>).
    /// </summary>
    public static OnDemandBuiltins Builtins(DateOnly date) => new(date);

    /// <summary>Scriban's built-in functions with the clock pinned to <paramref name="date"/> and no random numbers.</summary>
    public static ScriptObject DeterministicBuiltins(DateOnly date)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var pinned = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (builtins["date"] is DateTimeFunctions dates)
        {
            dates.Remove("now");
            dates.Remove("utc_now");
            dates.SetValue("now", pinned, readOnly: true);
            dates.SetValue("utc_now", pinned, readOnly: true);
        }
        if (builtins["math"] is MathFunctions math)
        {
            math.Remove("random");
        }
        return builtins;
    }
}
