using Designer.Expressions.Runtime;

namespace Designer.Projects.Loading;

/// <summary>
/// Fills in the computed <c>links</c> of each element once every id is known: its references resolved to the
/// elements they name (an activity's output, an output's outcomes and indicators, an outcome's impact goal), and
/// a component's years and sources as lists. Links point up the results chain only (activity → output → outcome
/// → impact), so the values stay a tree with shared branches, never a cycle.
/// </summary>
internal sealed class LinkResolver(ReferenceChecker references)
{
    /// <summary>The key of the computed entry.</summary>
    public const string Key = "links";

    private static readonly Value NullValue = Value.Null;

    private static readonly string[] FinancingSources = ["mif", "counterpart", "other"];

    public void Resolve(CelMap root)
    {
        var impact = Section(root, "goals") is { } goals && goals.TryGet("impact", out var i) && i.Kind == ValueKind.Map ? i : NullValue;
        if (impact.Kind == ValueKind.Map)
        {
            Set(impact.AsMap, Link("indicators", Many(impact.AsMap, "indicators", "indicator")));
        }
        foreach (var outcome in Items(Section(root, "goals"), "outcomes"))
        {
            Set(outcome, Link("indicators", Many(outcome, "indicators", "indicator")), Link("impact", impact));
        }
        foreach (var component in Items(root, "components"))
        {
            var id = component.TryGet("id", out var cid) ? cid : NullValue;
            foreach (var output in Items(component, "outputs"))
            {
                Set(output, Link("component", id), Link("outcomes", Many(output, "contributes_to", "outcome")), Link("indicators", Many(output, "indicators", "indicator")));
            }
            var activitiesBudget = 0.0;
            var allInts = true;
            foreach (var activity in Items(component, "activities"))
            {
                Set(activity, Link("component", id), Link("output", One(activity, "output", "output")));
                if (activity.TryGet("budget", out var b) && b.IsNumber)
                {
                    activitiesBudget += b.AsNumber;
                    allInts &= b.Kind == ValueKind.Int;
                }
            }
            Set(component,
                Link("years", Years(component)),
                Link("sources", Sources(component)),
                Link("activities_budget", allInts ? Value.Int((long)activitiesBudget) : Value.Double(activitiesBudget)));
        }
        var lastYear = LastYear(root);
        foreach (var indicator in Items(root, "indicators"))
        {
            var measures = indicator.TryGet("measures", out var m)
                ? m.Kind == ValueKind.List ? m : Value.List(new CelList([m]))
                : Value.List(CelList.Empty);
            var targetYear = indicator.TryGet("target_year", out var ty) && ty.Kind == ValueKind.Int ? ty : lastYear;
            Set(indicator,
                Link("responsible", One(indicator, "responsible", "actor", "governance body")),
                Link("target_group", One(indicator, "target_group", "target group")),
                Link("target_year", targetYear),
                Link("measures", measures));
        }
        if (Section(root, "monitoring") is { } monitoring)
        {
            var budget = monitoring.TryGet("budget", out var written) ? written
                : Items(root, "components").FirstOrDefault(c => c.TryGet("kind", out var k) && k.Kind == ValueKind.String && k.AsString == "lessons-learned") is { } lessons
                    && lessons.TryGet("budget", out var b) ? b : NullValue;
            Set(monitoring, Link("budget", budget));
        }
        foreach (var risk in Items(root, "risks"))
        {
            Set(risk, Link("owner", One(risk, "owner", "actor")));
        }
        foreach (var constraint in Items(Section(root, "diagnosis"), "constraints"))
        {
            Set(constraint, Link("raised_by", Many(constraint, "raised_by", "actor")), Link("addressed_by", Many(constraint, "addressed_by", "activity", "output")));
        }
    }

    private static CelMap? Section(CelMap? map, string key) =>
        map is not null && map.TryGet(key, out var v) && v.Kind == ValueKind.Map ? v.AsMap : null;

    private static IEnumerable<CelMap> Items(CelMap? map, string key)
    {
        if (map is null || !map.TryGet(key, out var v) || v.Kind != ValueKind.List)
        {
            yield break;
        }
        foreach (var item in v.AsList.Items)
        {
            if (item.Kind == ValueKind.Map)
            {
                yield return item.AsMap;
            }
        }
    }

    private static CelMap.Entry Link(string key, Value value) => new(Value.String(key), value);

    /// <summary>Fills the element's links; the array made for the call becomes the links map's own.</summary>
    private static void Set(CelMap map, params CelMap.Entry[] links)
    {
        var index = map.IndexOf(Value.String(Key));
        if (index < 0)
        {
            return;
        }
        map.SetValue(index, Value.Map(new CelMap(links, null) { IsReferenceView = true }));
    }

    private Value Find(string id, ReadOnlySpan<string> kinds)
    {
        foreach (var kind in kinds)
        {
            if (references.Elements.TryGetValue(kind, out var byId) && byId.TryGetValue(id, out var element))
            {
                return element;
            }
        }
        return NullValue;
    }

    private Value One(CelMap map, string key, params ReadOnlySpan<string> kinds) =>
        map.TryGet(key, out var id) && id.Kind == ValueKind.String ? Find(id.AsString, kinds) : NullValue;

    private Value Many(CelMap map, string key, params ReadOnlySpan<string> kinds)
    {
        if (!map.TryGet(key, out var ids) || ids.Kind != ValueKind.List)
        {
            return Value.List(CelList.Empty);
        }
        // Counted first, so the list is one array of the right size.
        var count = 0;
        foreach (var id in ids.AsList.Items)
        {
            if (id.Kind == ValueKind.String && Find(id.AsString, kinds).Kind == ValueKind.Map)
            {
                count++;
            }
        }
        if (count == 0)
        {
            return Value.List(CelList.Empty);
        }
        var found = new Value[count];
        count = 0;
        foreach (var id in ids.AsList.Items)
        {
            if (id.Kind == ValueKind.String && Find(id.AsString, kinds) is { Kind: ValueKind.Map } element)
            {
                found[count++] = element;
            }
        }
        return Value.List(new CelList(found));
    }

    private static Value Years(CelMap component)
    {
        if (!component.TryGet("by_year", out var byYear) || byYear.Kind != ValueKind.Map)
        {
            return Value.List(CelList.Empty);
        }
        var entries = byYear.AsMap.Entries;
        var count = 0;
        foreach (var e in entries)
        {
            count += e.Key.Kind == ValueKind.Int ? 1 : 0;
        }
        var years = new long[count];
        var amounts = new Value[count];
        count = 0;
        foreach (var e in entries)
        {
            if (e.Key.Kind == ValueKind.Int)
            {
                years[count] = e.Key.AsInt;
                amounts[count++] = e.Value;
            }
        }
        // Stable like OrderBy: a year written twice was reported by the binder and kept once, so keys are distinct.
        Array.Sort(years, amounts);
        var items = new Value[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Value.Map(new CelMap([new CelMap.Entry(Value.String("year"), Value.Int(years[i])), new CelMap.Entry(Value.String("amount"), amounts[i])], null));
        }
        return Value.List(new CelList(items));
    }

    private static Value Sources(CelMap component)
    {
        if (!component.TryGet("financing", out var financing) || financing.Kind != ValueKind.Map)
        {
            return Value.List(CelList.Empty);
        }
        var sources = new List<Value>(FinancingSources.Length);
        foreach (var source in FinancingSources)
        {
            if (financing.AsMap.TryGet(source, out var amount))
            {
                sources.Add(Value.Map(new CelMap([new CelMap.Entry(Value.String("source"), Value.String(source)), new CelMap.Entry(Value.String("amount"), amount)], null)));
            }
        }
        return Value.List(new CelList([.. sources]));
    }

    /// <summary>The calendar year of the project's last month, from <c>project.start</c> and <c>duration_months</c>.</summary>
    private static Value LastYear(CelMap root)
    {
        if (Section(root, "project") is not { } project
            || !project.TryGet("start", out var start) || start.Kind != ValueKind.String || start.AsString.Length != 7
            || !project.TryGet("duration_months", out var duration) || duration.Kind != ValueKind.Int
            || !int.TryParse(start.AsString.AsSpan(0, 4), out var year) || !int.TryParse(start.AsString.AsSpan(5, 2), out var month))
        {
            return NullValue;
        }
        var lastMonth = (year * 12) + (month - 1) + Math.Max(0, duration.AsInt - 1);
        return Value.Int(lastMonth / 12);
    }
}
