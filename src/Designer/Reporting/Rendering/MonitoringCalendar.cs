using System.Globalization;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The data-collection and reporting calendar of the M&amp;E plan: for every year the project runs (and every later
/// year a target or an evaluation falls in), which indicators are collected when — by quarter where the frequency
/// is quarterly or semi-annual — which are reported against that year's milestone or target, and the evaluations,
/// each with who is responsible by name.
/// </summary>
/// <remarks>
/// Collection falls at the end of each calendar period (quarter, half-year, year) the project runs in, the last one
/// no later than the project's last quarter. A frequency that is not a calendar period ("each harvest") is placed in
/// every project year in its own words; an indicator with no frequency is listed as not on the calendar.
/// </remarks>
internal static class MonitoringCalendar
{
    /// <summary>How often an indicator is collected, as far as a calendar can place it.</summary>
    internal enum Cadence
    {
        None,
        Once,
        Monthly,
        Quarterly,
        SemiAnnual,
        Yearly,
        Other,
    }

    /// <summary>
    /// Reads a free-text frequency, in English, Spanish or Portuguese. <c>every six months</c> and <c>semestral</c> →
    /// semi-annual; <c>each harvest</c> → other.
    /// </summary>
    internal static Cadence Recognise(string? frequency)
    {
        if (string.IsNullOrWhiteSpace(frequency))
        {
            return Cadence.None;
        }
        var f = frequency.Trim().ToLowerInvariant().Replace('-', ' ').Replace("\\", "", StringComparison.Ordinal);
        return f switch
        {
            "once" or "one time" or "one off" or "at the end" or "once only"
                or "una vez" or "una sola vez" or "única vez" or "al final"
                or "uma vez" or "uma única vez" or "uma só vez" or "no final" => Cadence.Once,
            "monthly" or "every month" or "each month"
                or "mensual" or "mensualmente" or "cada mes" or "todos los meses"
                or "mensal" or "mensalmente" or "todo mês" or "todos os meses" or "a cada mês" => Cadence.Monthly,
            "quarterly" or "every quarter" or "each quarter" or "every three months" or "every 3 months"
                or "trimestral" or "trimestralmente" or "cada trimestre" or "cada tres meses" or "cada 3 meses"
                or "a cada trimestre" or "a cada três meses" or "a cada 3 meses" => Cadence.Quarterly,
            "semi annual" or "semi annually" or "semiannual" or "semiannually" or "biannual" or "biannually" or "half yearly"
                or "twice a year" or "twice yearly" or "every six months" or "every 6 months"
                or "semestral" or "semestralmente" or "cada semestre" or "cada seis meses" or "cada 6 meses" or "dos veces al año"
                or "a cada semestre" or "a cada seis meses" or "a cada 6 meses" or "duas vezes por ano" => Cadence.SemiAnnual,
            "yearly" or "annual" or "annually" or "every year" or "each year" or "once a year" or "every twelve months" or "every 12 months"
                or "anual" or "anualmente" or "cada año" or "una vez al año" or "cada doce meses" or "cada 12 meses"
                or "todo ano" or "todos os anos" or "a cada ano" or "uma vez por ano" or "a cada doze meses" or "a cada 12 meses" => Cadence.Yearly,
            _ => Cadence.Other,
        };
    }

    /// <summary>
    /// Builds <c>{ years: [{ year, rows: [{ when, what, responsible, is_evaluation }] }], unplaced: [names] }</c>
    /// from the model's indicators (with <c>responsible_name</c>, <c>milestone_list</c>, <c>target_year_value</c>)
    /// and its evaluation <c>calendar</c>.
    /// </summary>
    public static ScriptObject Build(ScriptObject root, Labels? labels = null)
    {
        var l = labels ?? Labels.English;
        var p = (ScriptObject)root["project"]!;
        var result = new ScriptObject { ["years"] = new ScriptArray(), ["unplaced"] = new ScriptArray() };
        if (!TryMonthIndex(p["start"] as string, out var first) || ToLong(p["duration_months"]) is not { } duration || duration < 1)
        {
            return result;
        }
        var last = first + (int)duration - 1;
        var entries = new List<Entry>();
        var unplaced = (ScriptArray)result["unplaced"]!;
        foreach (var i in ((ScriptArray)root["indicators"]!).Cast<ScriptObject>())
        {
            var name = i["name"] as string ?? "";
            var responsible = i["responsible_name"] as string ?? TemplateHelpers.NotStated;
            var cadence = Recognise(i["frequency"] as string);
            var reported = Reported(i);
            var collectedYears = new HashSet<int>();
            if (cadence == Cadence.None)
            {
                unplaced.Add(name);
            }
            else if (cadence == Cadence.Once)
            {
                var year = i["target_year_value"] is long t ? (int)t : reported.Keys.DefaultIfEmpty(last / 12).Max();
                entries.Add(new Entry(year, 3, l.Text("calendar.once"), Label(name, reported, year, l), responsible, false, 0));
                collectedYears.Add(year);
            }
            else
            {
                for (var year = first / 12; year <= last / 12; year++)
                {
                    var (order, when) = cadence switch
                    {
                        Cadence.Quarterly => (0, Quarters(year, first, last, 3, l)),
                        Cadence.SemiAnnual => (1, Quarters(year, first, last, 6, l)),
                        Cadence.Monthly => (0, l.Text("calendar.every-month")),
                        Cadence.Yearly => (2, l.Text("calendar.once-in-the-year")),
                        _ => (4, i["frequency"] as string ?? ""),
                    };
                    entries.Add(new Entry(year, order, when, Label(name, reported, year, l), responsible, false, 0));
                    collectedYears.Add(year);
                }
            }
            // A milestone or target set for a year the collection above does not reach (after the project, mostly).
            foreach (var year in reported.Keys.Where(y => y >= first / 12 && !collectedYears.Contains(y)))
            {
                entries.Add(new Entry(year, 3, l.Text("calendar.once-in-the-year"), Label(name, reported, year, l), responsible, false, 0));
            }
            if (i["baseline"] is ScriptObject b && (b["status"] as string) == "to-be-collected" && ToLong(b["due_month"]) is { } due && due >= 1)
            {
                var at = first + (int)due - 1;
                var when = l.Text("calendar.baseline-when", ("month", MonthName(at, l)), ("number", due.ToString(CultureInfo.InvariantCulture)));
                entries.Add(new Entry(at / 12, -1, when, l.Text("calendar.baseline-of", ("name", name)), responsible, false, at));
            }
        }
        foreach (var e in ((ScriptArray)root["calendar"]!).Cast<ScriptObject>())
        {
            if (ToLong(e["month"]) is { } month && month >= 1)
            {
                var at = first + (int)month - 1;
                var what = l.Text("calendar.evaluation-what", ("name", e["name"] as string ?? ""), ("note", e["note"] as string ?? ""));
                var responsible = e["responsible_name"] as string ?? TemplateHelpers.NotStated;
                var when = l.Text("calendar.evaluation-when", ("month", MonthName(at, l)), ("number", month.ToString(CultureInfo.InvariantCulture)));
                entries.Add(new Entry(at / 12, -2, when, what, responsible, true, at));
            }
        }
        var years = (ScriptArray)result["years"]!;
        foreach (var year in entries.GroupBy(e => e.Year).OrderBy(g => g.Key))
        {
            var rows = new ScriptArray();
            // Evaluations and baselines one by one, in time; collections grouped by when and who.
            foreach (var e in year.Where(e => e.Order < 0).OrderBy(e => e.Month).ThenBy(e => e.Order))
            {
                rows.Add(Row(e.When, e.What, e.Responsible, e.IsEvaluation));
            }
            foreach (var g in year.Where(e => e.Order >= 0)
                .GroupBy(e => (e.Order, e.When, e.Responsible))
                .OrderBy(g => g.Key.Order).ThenBy(g => g.Key.When, StringComparer.Ordinal).ThenBy(g => g.Key.Responsible, StringComparer.Ordinal))
            {
                rows.Add(Row(g.Key.When, string.Join("; ", g.Select(e => e.What)), g.Key.Responsible, false));
            }
            years.Add(new ScriptObject { ["year"] = (long)year.Key, ["rows"] = rows });
        }
        return result;
    }

    private sealed record Entry(int Year, int Order, string When, string What, string Responsible, bool IsEvaluation, int Month);

    private static ScriptObject Row(string when, string what, string responsible, bool isEvaluation) => new()
    {
        ["when"] = when,
        ["what"] = what,
        ["responsible"] = responsible,
        ["is_evaluation"] = isEvaluation,
    };

    /// <summary>The years an indicator is reported against a value set for them: "milestone" or "target".</summary>
    private static Dictionary<int, string> Reported(ScriptObject i)
    {
        var reported = new Dictionary<int, string>();
        foreach (var m in ((ScriptArray)i["milestone_list"]!).Cast<ScriptObject>())
        {
            reported[(int)(long)m["year"]!] = "milestone";
        }
        if (i["target"] is not null && i["target_year_value"] is long target)
        {
            reported[(int)target] = "target";
        }
        return reported;
    }

    private static string Label(string name, Dictionary<int, string> reported, int year, Labels labels) =>
        reported.TryGetValue(year, out var what)
            ? labels.Text("calendar.reported-" + what, ("name", name), ("year", year.ToString(CultureInfo.InvariantCulture)))
            : name;

    /// <summary>The quarters in which a period of <paramref name="months"/> ends within the project's span of the year: "Q2 and Q4".</summary>
    private static string Quarters(int year, int first, int last, int months, Labels labels)
    {
        var quarters = new SortedSet<int>();
        for (var start = year * 12; start < (year + 1) * 12; start += months)
        {
            var end = start + months - 1;
            if (end < first || start > last)
            {
                continue;
            }
            quarters.Add(((Math.Min(end, last) % 12) / 3) + 1);
        }
        return ProseList.Join([.. quarters.Select(q => labels.Text("calendar.quarter", ("number", q.ToString(CultureInfo.InvariantCulture))))], labels);
    }

    private static string MonthName(int index, Labels labels) => labels.Text(
        "calendar.month-year",
        ("month", labels.Text("month." + ((index % 12) + 1).ToString(CultureInfo.InvariantCulture))),
        ("year", (index / 12).ToString(CultureInfo.InvariantCulture)));

    private static bool TryMonthIndex(string? start, out int index)
    {
        index = 0;
        if (start is not { Length: 7 }
            || !int.TryParse(start.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(start.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return false;
        }
        index = (year * 12) + month - 1;
        return true;
    }

    private static long? ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && Math.Abs(d) < 1e6 => (long)d,
        _ => null,
    };
}
