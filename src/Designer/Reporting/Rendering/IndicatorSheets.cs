using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// What a performance indicator reference sheet shows beyond the indicator's own fields: the results it measures
/// (by statement), its computation and its target formula in words, and the list of what the design team has not
/// yet supplied — so the sheet never prints an empty row or a raw formula. Numbers are written as the document's
/// language writes them. The plan's risks to data collection are stated once, in the M&amp;E plan, not on every
/// sheet: a sheet shows the limitations the indicator itself notes.
/// </summary>
internal static partial class IndicatorSheets
{
    /// <summary>Adds <c>results</c>, <c>computation_text</c>, <c>target_note</c>, <c>milestones_text</c>, <c>limitations_text</c> and <c>missing_text</c> to every indicator.</summary>
    public static void Annotate(ScriptObject root, Labels? labels = null)
    {
        var l = labels ?? Labels.English;
        var results = ResultsByIndicator(root, l);
        var dataRisks = root["monitoring"] is ScriptObject m && m["data_risks"] is ScriptArray risks
            ? risks.OfType<string>().Where(r => r.Length > 0).ToList()
            : [];
        foreach (var indicator in ((ScriptArray)root["indicators"]!).Cast<ScriptObject>())
        {
            var id = indicator["id"] as string ?? "";
            var measured = results.TryGetValue(id, out var found) ? found : [];
            indicator["results"] = new ScriptArray(measured);
            var unit = indicator["unit"] as string;
            indicator["computation_text"] = Computation(indicator["computation"] as ScriptObject, unit, l);
            indicator["target_note"] = indicator["target_expression"] is string expression ? FormulaInWords(expression, l) : null;
            var milestones = ((ScriptArray)indicator["milestone_list"]!).Cast<ScriptObject>()
                .Select(x => $"{x["year"]}: {TemplateHelpers.Measure(x["value"], unit, l.Language)}")
                .ToList();
            indicator["milestones_text"] = milestones.Count == 0 ? null : string.Join("; ", milestones);
            indicator["limitations_text"] = Given(indicator["quality_notes"]) ? indicator["quality_notes"] : null;
            var missing = Missing(indicator, measured.Count > 0, dataRisks.Count > 0, l);
            indicator["missing"] = new ScriptArray(missing);
            indicator["missing_text"] = missing.Count == 0 ? null : ProseList.Join(missing, l);
        }
    }

    private static bool Given(object? value) => value switch
    {
        null => false,
        string s => s.Trim().Length > 0,
        ScriptArray a => a.Count > 0,
        _ => true,
    };

    /// <summary>What a reference sheet needs and the indicator does not state, in the order the sheet shows it.</summary>
    private static List<string> Missing(ScriptObject i, bool hasResult, bool planHasDataRisks, Labels labels)
    {
        var baseline = i["baseline"] as ScriptObject;
        var missing = new List<string>();
        void Need(bool given, string what)
        {
            if (!given)
            {
                missing.Add(labels.Text("sheets.missing." + what));
            }
        }
        Need(Given(i["definition"]), "definition");
        Need(!IsShareWithoutComputation(i), "numerator-denominator");
        Need(Given(i["unit"]), "unit");
        Need(Given(i["disaggregation"]), "disaggregation");
        Need(Given(i["means_of_verification"]), "data-source");
        Need(Given(i["collection_method"]), "collection-method");
        Need(Given(i["frequency"]), "frequency");
        Need(Given(i["responsible"]), "responsible");
        Need(baseline is not null && (Given(baseline["value"]) || (baseline["status"] as string) == "to-be-collected"), "baseline-value");
        Need(baseline is not null && Given(baseline["year"]), "baseline-year");
        Need(Given(i["target"]), "target");
        Need(((ScriptArray)i["milestone_list"]!).Count > 0, "milestones");
        Need(hasResult, "result");
        Need(Given(i["rationale"]), "rationale");
        Need(Given(i["quality_notes"]) || planHasDataRisks, "limitations");
        return missing;
    }

    private static bool IsShareWithoutComputation(ScriptObject i) =>
        TemplateHelpers.UnitText(i["unit"] as string).StartsWith('%')
        && !(i["computation"] is ScriptObject c && Given(c["numerator"]) && Given(c["denominator"]));

    /// <summary>
    /// Numerator and denominator when the indicator has them; a share's unit in words; nothing for a plain count or
    /// amount, whose unit the sheet's own row already gives.
    /// </summary>
    private static string? Computation(ScriptObject? computation, string? unit, Labels labels)
    {
        if (computation is not null && computation["numerator"] is string numerator && computation["denominator"] is string denominator)
        {
            var share = TemplateHelpers.UnitText(unit).StartsWith('%');
            return labels.Text(share ? "sheets.numerator-denominator-share" : "sheets.numerator-denominator", ("numerator", numerator), ("denominator", denominator));
        }
        return !string.IsNullOrWhiteSpace(unit) && TemplateHelpers.UnitText(unit).StartsWith('%')
            ? labels.Text("sheets.share-unit", ("unit", TemplateHelpers.UnitText(unit)))
            : null;
    }

    /// <summary>
    /// An `=` formula as a reader says it: names as words, operators as signs, numbers as the language writes them.
    /// <c>baseline.value * 1.35</c> → <c>the baseline × 1.35</c> (es <c>línea de base × 1,35</c>);
    /// <c>derived.grant_budget * 0.5</c> → <c>grant budget × 0.5</c>: a name the project gives itself stays its own.
    /// </summary>
    internal static string FormulaInWords(string escapedExpression, Labels? labels = null)
    {
        var l = labels ?? Labels.English;
        var raw = Unescape().Replace(escapedExpression, "$1").Trim().TrimStart('=').Trim();
        var words = Name().Replace(raw, m => m.Value switch
        {
            "baseline.value" or "baseline" => l.Text("sheets.formula-baseline"),
            "target" => l.Text("sheets.formula-target"),
            _ => m.Value[(m.Value.LastIndexOf('.') + 1)..].Replace('_', ' '),
        });
        words = Literal().Replace(words, m => double.TryParse(m.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? Localization.NumberFormats.Format(n, "#,0.######", l.Language)
            : m.Value);
        words = words.Replace(" * ", " × ", StringComparison.Ordinal).Replace("*", " × ", StringComparison.Ordinal)
            .Replace(" / ", " ÷ ", StringComparison.Ordinal).Replace("/", " ÷ ", StringComparison.Ordinal);
        return MarkdownText.Escape(Spaces().Replace(words, " "));
    }

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Unescape();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")]
    private static partial Regex Name();

    // A number in the formula, not a digit inside a name (names are words by now, so none is left).
    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?(?![\w.])")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>For every indicator id, the results that name it: impact, outcomes and outputs, by statement.</summary>
    private static Dictionary<string, List<ScriptObject>> ResultsByIndicator(ScriptObject root, Labels labels)
    {
        var byIndicator = new Dictionary<string, List<ScriptObject>>(StringComparer.Ordinal);
        void Add(object? result, string level)
        {
            if (result is not ScriptObject r || r["statement"] is not string statement || r["indicators"] is not ScriptArray ids)
            {
                return;
            }
            foreach (var id in ids.OfType<string>())
            {
                if (!byIndicator.TryGetValue(id, out var list))
                {
                    byIndicator[id] = list = [];
                }
                if (!list.Any(x => (string)x["statement"]! == statement))
                {
                    list.Add(new ScriptObject { ["level"] = level, ["statement"] = statement });
                }
            }
        }
        var goals = (ScriptObject)root["goals"]!;
        Add(goals["impact"], labels.Text("level.impact"));
        foreach (var outcome in (goals["outcomes"] as ScriptArray ?? []).OfType<ScriptObject>())
        {
            Add(outcome, labels.Text("level.outcome"));
        }
        foreach (var component in ((ScriptArray)root["components"]!).OfType<ScriptObject>())
        {
            foreach (var output in (component["outputs"] as ScriptArray ?? []).OfType<ScriptObject>())
            {
                Add(output, labels.Text("level.output"));
            }
        }
        return byIndicator;
    }
}
