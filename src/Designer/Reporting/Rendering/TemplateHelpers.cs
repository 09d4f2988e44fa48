using System.Globalization;
using Designer.Localization;
using Scriban.Runtime;
using static Designer.Reporting.Rendering.TemplateFunction;

namespace Designer.Reporting.Rendering;

/// <summary>
/// Functions the templates call, registered with Scriban under snake_case names. Each is pure and deterministic
/// (no clock, no culture of the machine).
/// </summary>
public static class TemplateHelpers
{
    /// <summary>
    /// The helpers as Scriban functions, each named and typed here rather than found by reflection, so a trimmed,
    /// natively compiled tool keeps them. A helper added above needs its line here; a test holds the two together.
    /// </summary>
    internal static ScriptObject CreateScriptObject(Language language = Language.English, Labels? labels = null)
    {
        labels ??= Labels.For(language);
        TemplateFunction[] functions =
        [
            new("label", a => Label((string?)a[0], a[1], language, labels), Required<string>("key"), Optional<object>("holes", null)),
            new("label_n", a => LabelN((string?)a[0], a[1], a[2], language, labels), Required<string>("key"), Required<object>("count"), Optional<object>("holes", null)),
            new("number", a => Number(a[0], language), Required<object>("value")),
            new("money", a => Money(a[0], (string?)a[1], language), Required<object>("value"), Optional<string>("currency", null)),
            new("percent", a => Percent(a[0], (int)a[1]!, language), Required<object>("share"), Optional("digits", 1)),
            new("horizon_name", a => HorizonName((string?)a[0], labels), Required<string>("horizon")),
            new("project_month", a => ProjectMonth((string?)a[0], a[1]), Required<string>("start"), Required<object>("month")),
            new("baseline_target", a => BaselineTarget(a[0], a[1], (string?)a[2], language, labels), Required<object>("baseline"), Required<object>("target"), Optional<string>("unit", null)),
            new("list", a => List(a[0]), Required<object>("items")),
            new("list_and", a => ListAnd(a[0], (string?)a[1], labels), Required<object>("items"), Optional<string>("separator", ",")),
            new("fixed_percent", a => FixedPercent(a[0], (int)a[1]!, language), Required<object>("share"), Optional("digits", 1)),
            new("or_dash", a => OrDash(a[0]), Required<object>("value")),
            new("measure", a => Measure(a[0], (string?)a[1], language), Required<object>("value"), Optional<string>("unit", null)),
            new("unit_text", a => UnitText((string?)a[0]), Required<string>("unit")),
            new("baseline_text", a => BaselineText(a[0], (string?)a[1], language, labels), Required<object>("baseline"), Optional<string>("unit", null)),
            new("words", a => Words((string?)a[0], labels), Required<string>("code")),
            new("plural", a => Plural(a[0], (string?)a[1], (string?)a[2], language), Required<object>("count"), Required<string>("singular"), Optional<string>("plural", null)),
            new("long_date", a => LongDate((string?)a[0], language), Required<string>("date")),
        ];
        var helpers = new ScriptObject();
        foreach (var function in functions)
        {
            helpers.SetValue(function.Name, function, readOnly: true);
        }
        return helpers;
    }

    /// <summary>Thousands separators, no decimals for whole numbers. <c>{{ number 1250000 }}</c> → <c>1,250,000</c>.</summary>
    /// <remarks>In Spanish and Portuguese, points group thousands and a comma marks decimals: <c>1.250.000,5</c>.</remarks>
    public static string Number(object? value, Language language = Language.English)
    {
        var d = ToDouble(value);
        if (d is null)
        {
            return "—";
        }
        var v = d.Value;
        return Math.Abs(v - Math.Round(v)) < 1e-9
            ? NumberFormats.Format(Math.Round(v), "#,0", language)
            : NumberFormats.Format(v, "#,0.##", language);
    }

    /// <summary>An amount with its currency. <c>{{ money 420000 'USD' }}</c> → <c>USD 420,000</c>.</summary>
    public static string Money(object? value, string? currency = null, Language language = Language.English) =>
        ToDouble(value) is null ? "—" : string.IsNullOrEmpty(currency) ? Number(value, language) : $"{currency} {Number(value, language)}";

    /// <summary>A share as a percentage. <c>{{ percent 0.5434 }}</c> → <c>54.3%</c>.</summary>
    /// <remarks>Spanish and Portuguese: <c>54,3%</c>, no space before the sign, as IDB documents write it.</remarks>
    public static string Percent(object? share, int digits = 1, Language language = Language.English)
    {
        var d = ToDouble(share);
        return d is null ? "—" : NumberFormats.Percent(d.Value, digits, language);
    }

    /// <summary>
    /// A share as a percentage with a fixed number of decimals, so a column of shares lines up:
    /// <c>{{ fixed_percent 0.23 }}</c> → <c>23.0%</c> (es, pt <c>23,0%</c>).
    /// </summary>
    public static string FixedPercent(object? share, int digits = 1, Language language = Language.English)
    {
        var d = ToDouble(share);
        var places = Math.Clamp(digits, 0, 6);
        return d is null ? "—" : NumberFormats.Format(d.Value * 100, places == 0 ? "0" : "0." + new string('0', places), language) + "%";
    }

    /// <summary>
    /// A list as a sentence writes it, "and" before the last item: <c>{{ list_and ['a', 'b', 'c'] }}</c> → <c>a, b and c</c>
    /// (es <c>a, b y c</c>); with <c>';'</c>, items parted by semicolons: <c>a; b; and c</c>. A dash when empty.
    /// </summary>
    public static string ListAnd(object? items, string? separator = ",", Labels? labels = null)
    {
        var texts = ProseList.Texts(items);
        return texts.Count == 0 ? "—" : ProseList.Join(texts, labels ?? Labels.English, separator == ";");
    }

    /// <summary>
    /// A date in words: <c>{{ long_date '2025-03-01' }}</c> → <c>1 March 2025</c> (es <c>1 de marzo de 2025</c>, pt
    /// <c>1 de março de 2025</c>); a year and month, <c>{{ long_date '2027-03' }}</c> → <c>March 2027</c>; anything else as written.
    /// </summary>
    public static string LongDate(string? date, Language language = Language.English)
    {
        if (date is null)
        {
            return "—";
        }
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return NumberFormats.LongDate(day, language);
        }
        return DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? NumberFormats.MonthYear(month.Year, month.Month, language)
            : date;
    }

    /// <summary>The plain name of a horizon. <c>{{ horizon_name 'long' }}</c> → <c>Long run (impact)</c>.</summary>
    public static string HorizonName(string? horizon, Labels? labels = null) => horizon switch
    {
        "short" or "medium" or "long" => (labels ?? Labels.English).Text("horizon." + horizon),
        _ => horizon ?? "—",
    };

    /// <summary>A month of the project as a date. <c>{{ project_month '2027-03' 24 }}</c> → <c>2029-03</c> (month 1 is the start).</summary>
    public static string ProjectMonth(string? start, object? month)
    {
        var m = ToDouble(month);
        // Months are range-checked when the project loads; a computed one may still be absurd, and prints as a dash.
        if (start is null || m is null || Math.Abs(m.Value) > 12 * 1000 || start.Length != 7
            || !int.TryParse(start.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(start.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mon))
        {
            return "—";
        }
        var index = (year * 12) + (mon - 1) + (int)m.Value - 1;
        return $"{index / 12:0000}-{(index % 12) + 1:00}";
    }

    /// <summary>
    /// A "baseline → target" cell, shares as percentages. <c>{{ baseline_target 84000 113400 'USD' }}</c> →
    /// <c>84,000 → 113,400 USD</c>; <c>{{ baseline_target 0.18 0.4 'share of firms' }}</c> → <c>18% → 40% of firms</c>;
    /// "not stated" when neither value is.
    /// </summary>
    public static string BaselineTarget(object? baseline, object? target, string? unit = null, Language language = Language.English, Labels? labels = null)
    {
        if (ToDouble(baseline) is null && ToDouble(target) is null)
        {
            return (labels ?? Labels.English).Text("value.not-stated");
        }
        var text = $"{Measure(baseline, unit, language)} → {Measure(target, unit, language)}";
        var suffix = IsShare(unit) ? ShareRest(unit!) : unit;
        return string.IsNullOrEmpty(suffix) ? text : $"{text} {suffix}";
    }

    /// <summary>What a value left out prints as in a table cell: a dash, which agrees with any noun in any language.</summary>
    public const string NotStated = "—";

    /// <summary>
    /// A value in its unit: a share (a unit that is, or starts with, "share", "ratio" or "proportion") as a
    /// percentage, anything else as a number; a dash when absent. <c>{{ measure 0.52 'share' }}</c> → <c>52%</c>.
    /// </summary>
    public static string Measure(object? value, string? unit = null, Language language = Language.English) =>
        ToDouble(value) is null ? NotStated : IsShare(unit) ? Percent(value, 1, language) : Number(value, language);

    /// <summary>A unit as a column shows it, shares as percent, a dash when absent. <c>{{ unit_text 'share of firms' }}</c> → <c>% of firms</c>.</summary>
    public static string UnitText(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? NotStated : IsShare(unit) ? ("% " + ShareRest(unit)).TrimEnd() : unit;

    /// <summary>
    /// A baseline as one phrase: its value, then year and source where given, or a dash.
    /// <c>{{ baseline_text { value: 0.52, year: 2026, source: 'survey' } 'share' }}</c> → <c>52% (2026; survey)</c>.
    /// </summary>
    public static string BaselineText(object? baseline, string? unit = null, Language language = Language.English, Labels? labels = null)
    {
        labels ??= Labels.English;
        var b = baseline as ScriptObject;
        object? Get(string key) => b is not null && b.TryGetValue(key, out var v) ? v : null;
        var value = Get("value");
        var details = new[] { Get("year"), Get("source") }
            .Select(x => x is string s ? s : ToDouble(x) is { } d ? d.ToString("0", CultureInfo.InvariantCulture) : "")
            .Where(s => s.Length > 0)
            .ToList();
        var head = ToDouble(value) is not null ? Measure(value, unit, language)
            : (Get("status") as string) == "to-be-collected" ? labels.Text("value.to-be-collected")
            : details.Count > 0 ? labels.Text("value.value-not-stated") : NotStated;
        return details.Count == 0 ? head : $"{head} ({string.Join("; ", details)})";
    }

    /// <summary>
    /// A code as words in the render's language, from the dictionary's <c>code.*</c> labels:
    /// <c>{{ words 'control-group' }}</c> → <c>control group</c> (es <c>grupo de control</c>). A value that is no code —
    /// a designer's own text — prints as written, its dashes and underscores as spaces.
    /// </summary>
    public static string Words(string? code, Labels? labels = null)
    {
        labels ??= Labels.English;
        if (string.IsNullOrEmpty(code))
        {
            return labels.Text("value.not-stated");
        }
        // The model's strings are escaped for Markdown; a code has no character that needs it but the underscore.
        var key = "code." + code.Replace("\\_", "_", StringComparison.Ordinal).Trim().Replace(' ', '-');
        return labels.Has(key)
            ? labels.Text(key)
            : code.Replace("\\_", " ", StringComparison.Ordinal).Replace('-', ' ').Replace('_', ' ');
    }

    /// <summary>A count with its noun in the right number. <c>{{ plural 1 'error' }}</c> → <c>1 error</c>; <c>{{ plural 3 'error' }}</c> → <c>3 errors</c>.</summary>
    /// <remarks>Spanish and Portuguese take the singular for one alone, as English does; the count follows the language.</remarks>
    public static string Plural(object? count, string? singular, string? plural = null, Language language = Language.English)
    {
        var n = ToDouble(count) ?? 0;
        var noun = n == 1 ? singular ?? "" : plural ?? (singular + "s");
        return $"{Number(n, language)} {noun}".TrimEnd();
    }

    /// <summary>
    /// A label of the documents' dictionary in the render's language, its named holes filled:
    /// <c>{{ label 'logframe.title' { title: project.title } }}</c> → <c>Logical framework — Huila coffee</c>
    /// (es <c>Marco lógico — ...</c>); numbers in the holes are written as the language writes them.
    /// </summary>
    public static string Label(string? key, object? holes = null, Language language = Language.English, Labels? labels = null) =>
        (labels ?? Labels.For(language)).Text(key ?? "", Holes(holes));

    /// <summary>
    /// A plural label for a count: <c>{{ label_n 'count.error' 3 }}</c> → <c>3 errors</c> (es <c>3 errores</c>); the
    /// dictionary gives the <c>one</c> and <c>other</c> forms, the count fills <c>{count}</c>.
    /// </summary>
    public static string LabelN(string? key, object? count, object? holes = null, Language language = Language.English, Labels? labels = null) =>
        (labels ?? Labels.For(language)).Plural(key ?? "", ToDouble(count) ?? 0, Holes(holes));

    /// <summary>
    /// The named holes of a label, from a template's object literal: <c>{ name: value }</c>, each value as written
    /// (a year stays 2031); an amount to be grouped goes through <c>number</c> first: <c>{ amount: (number x) }</c>.
    /// </summary>
    private static List<KeyValuePair<string, string>> Holes(object? holes) =>
        holes is ScriptObject o
            ? [.. o.Select(kv => new KeyValuePair<string, string>(kv.Key, Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? ""))]
            : [];

    private static bool IsShare(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return false;
        }
        var u = unit.Trim().ToLowerInvariant();
        return u is "share" or "ratio" or "proportion" || u.StartsWith("share ", StringComparison.Ordinal)
            || u.StartsWith("ratio ", StringComparison.Ordinal) || u.StartsWith("proportion ", StringComparison.Ordinal);
    }

    /// <summary>What follows "share" in a share's unit: "share of firms" → "of firms".</summary>
    private static string ShareRest(string unit)
    {
        var u = unit.Trim();
        var space = u.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "" : u[(space + 1)..].Trim();
    }

    /// <summary>Joins a list with commas, or a dash when empty. <c>{{ list ['a', 'b'] }}</c> → <c>a, b</c>.</summary>
    public static string List(object? items)
    {
        if (items is System.Collections.IEnumerable seq and not string)
        {
            var parts = seq.Cast<object?>().Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").Where(s => s.Length > 0).ToList();
            return parts.Count == 0 ? "—" : string.Join(", ", parts);
        }
        return items is null ? "—" : Convert.ToString(items, CultureInfo.InvariantCulture) ?? "—";
    }

    /// <summary>The text, or a dash when it is empty. <c>{{ or_dash null }}</c> → <c>—</c>.</summary>
    public static string OrDash(object? value) =>
        value is null || (value is string s && s.Length == 0) ? "—" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "—";

    private static double? ToDouble(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d when double.IsFinite(d) => d,
        float f => f,
        decimal m => (double)m,
        _ => null,
    };
}
