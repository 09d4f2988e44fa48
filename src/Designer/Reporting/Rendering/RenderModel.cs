using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Schema;
using Designer.Rules;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// Builds the data the templates see, from the project: only ScriptObjects, ScriptArrays and scalars, never
/// live .NET objects. Every key of the format is present (absent ones as null or empty), so templates can
/// run with strict variables; every string is escaped for Markdown; computed fields carry their expression.
/// </summary>
internal static class RenderModel
{
    public static ScriptObject Build(Project project, IReadOnlyList<Finding> findings, string toolVersion, EvaluabilityScore? evaluability = null, Labels? labels = null)
    {
        var root = (ScriptObject)Convert(Value.Map(project.Root), ProjectSchema.Root, project)!;
        var p = (ScriptObject)root["project"]!;
        var budget = (ScriptObject)p["budget"]!;
        var mif = Number(budget["mif"]);
        var counterpart = Number(budget["counterpart"]);
        var total = mif + counterpart;
        p["total_budget"] = total;
        p["mif_share"] = total > 0 ? mif / total : null;
        p["end"] = TemplateHelpers.ProjectMonth(p["start"] as string, Number(p["duration_months"]));

        var actorsById = new ScriptObject();
        foreach (var actor in ((ScriptArray)root["actors"]!).Cast<ScriptObject>())
        {
            if (actor["id"] is string id)
            {
                actorsById[id] = actor;
            }
        }
        root["actors_by_id"] = actorsById;

        var names = Names(root);
        var indicatorsById = new ScriptObject();
        foreach (var indicator in ((ScriptArray)root["indicators"]!).Cast<ScriptObject>())
        {
            if (indicator["id"] is string id)
            {
                indicatorsById[id] = indicator;
            }
        }
        root["indicators_by_id"] = indicatorsById;
        foreach (var indicator in ((ScriptArray)root["indicators"]!).Cast<ScriptObject>())
        {
            // `control` is a sentence or { group, same_country, baseline, cost }; tables show the group either way.
            indicator["control_text"] = indicator["control"] is ScriptObject control ? control["group"] : indicator["control"];
            indicator["responsible_name"] = NameOf(indicator, "responsible", names);
            indicator["target_year_value"] = indicator["links"] is ScriptObject l ? l["target_year"] : indicator["target_year"];
            indicator["milestone_list"] = Milestones(indicator["milestones"]);
        }
        root["outcomes_by_id"] = ById(((ScriptObject)root["goals"]!)["outcomes"]);
        var components = ((ScriptArray)root["components"]!).Cast<ScriptObject>().ToList();
        root["outputs_by_id"] = ById(new ScriptArray(components.SelectMany(c => ((ScriptArray)c["outputs"]!).Cast<object>())));
        root["activities_by_id"] = ById(new ScriptArray(components.SelectMany(c => ((ScriptArray)c["activities"]!).Cast<object>())));
        root["years"] = Years(p["start"] as string, Number(p["duration_months"]));
        foreach (var activity in ((ScriptObject)root["activities_by_id"]!).Values.OfType<ScriptObject>())
        {
            activity["responsible_name"] = NameOf(activity, "responsible", names);
        }
        foreach (var c in components)
        {
            // Who reports on a component's activities, each once, in the order the activities come; an activity
            // with no one responsible is reported on by the executing agency.
            c["reporters"] = new ScriptArray(((ScriptArray)c["activities"]!).OfType<ScriptObject>()
                .Select(a => a["responsible_name"] as string ?? (labels ?? Labels.English).Text("logframe.the-executing-agency"))
                .Distinct(StringComparer.Ordinal));
        }
        root["matrix_years"] = MatrixYears((ScriptArray)root["years"]!, ((ScriptArray)root["indicators"]!).Cast<ScriptObject>());

        foreach (var c in ((ScriptArray)root["components"]!).Cast<ScriptObject>())
        {
            c["share"] = total > 0 ? Number(c["budget"]) / total : null;
        }

        root["horizons"] = new ScriptArray(new[] { "long", "medium", "short" }.Select(h =>
        {
            var group = new ScriptObject
            {
                ["horizon"] = h,
                ["name"] = TemplateHelpers.HorizonName(h, labels),
                ["indicators"] = new ScriptArray(((ScriptArray)root["indicators"]!).Cast<ScriptObject>().Where(i => (i["horizon"] as string) == h)),
            };
            return group;
        }));

        root["calendar"] = Calendar(root, names, labels ?? Labels.English);
        DisseminationAsText((ScriptObject)root["monitoring"]!, labels ?? Labels.English);
        root["me_calendar"] = MonitoringCalendar.Build(root, labels);
        IndicatorSheets.Annotate(root, labels);
        root["review"] = ReviewModel.Build(findings, Placeholders.In(project).Count, ElementNames(root), labels);
        root["evaluability"] = Evaluability(evaluability, findings);
        root["diagrams"] = Diagrams.Build(project, labels ?? Labels.English);
        root["brief"] = BriefModel.Build(root, evaluability, findings, labels);
        root["generator"] = "Designer " + toolVersion;
        root["source_file"] = MarkdownText.Escape(Path.GetFileName(project.Path));
        return root;
    }

    /// <summary>The name of the element a reference field names (through its links), or the id as written when it names none.</summary>
    private static object? NameOf(ScriptObject element, string field, ScriptObject names) =>
        element["links"] is ScriptObject links && links[field] is ScriptObject named && named["name"] is string name ? name
        : element[field] is string id && names[id] is string known ? known : element[field];

    /// <summary>
    /// The unescaped name of every element a finding may quote by id: indicators, components, outputs, activities,
    /// constraints, sectors, actors and governance bodies; the first element wins where two share an id.
    /// </summary>
    private static Dictionary<string, string> ElementNames(ScriptObject root)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(object? items, string field)
        {
            foreach (var item in (items as ScriptArray ?? []).OfType<ScriptObject>())
            {
                if (item["id"] is string id && item[field] is string name && name.Length > 0)
                {
                    // The model's texts are escaped for Markdown; the finding's message is escaped once, later.
                    names.TryAdd(Unescape(id), Unescape(name));
                }
            }
        }
        Add(root["indicators"], "name");
        Add(root["components"], "title");
        foreach (var c in ((ScriptArray)root["components"]!).OfType<ScriptObject>())
        {
            Add(c["outputs"], "statement");
            Add(c["activities"], "title");
        }
        Add(root["diagnosis"] is ScriptObject d ? d["constraints"] : null, "text");
        Add(root["sectors"], "name");
        Add(root["actors"], "name");
        Add(root["governance"] is ScriptObject g ? g["bodies"] : null, "name");
        return names;
    }

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\\(.)", "$1");

    /// <summary>The names of the actors and governance bodies by id, for the references that have no link.</summary>
    private static ScriptObject Names(ScriptObject root)
    {
        var names = new ScriptObject();
        var bodies = root["governance"] is ScriptObject g && g["bodies"] is ScriptArray b ? b : [];
        foreach (var item in ((ScriptArray)root["actors"]!).Concat(bodies).OfType<ScriptObject>())
        {
            if (item["id"] is string id && item["name"] is string name && !names.ContainsKey(id))
            {
                names[id] = name;
            }
        }
        return names;
    }

    /// <summary>An indicator's yearly targets as <c>[{year, value}]</c>, by year.</summary>
    private static ScriptArray Milestones(object? milestones)
    {
        var list = new ScriptArray();
        if (milestones is ScriptObject byYear)
        {
            foreach (var (year, value) in byYear
                .Select(kv => (Year: long.TryParse(kv.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (long?)null, kv.Value))
                .Where(x => x.Year is not null)
                .OrderBy(x => x.Year))
            {
                list.Add(new ScriptObject { ["year"] = year, ["value"] = value });
            }
        }
        return list;
    }

    /// <summary>The years of the results matrix: the project's years, and every year a baseline, milestone or target is set for.</summary>
    private static ScriptArray MatrixYears(ScriptArray projectYears, IEnumerable<ScriptObject> indicators)
    {
        var years = new SortedSet<long>(projectYears.OfType<long>());
        foreach (var i in indicators)
        {
            foreach (var m in ((ScriptArray)i["milestone_list"]!).Cast<ScriptObject>())
            {
                years.Add((long)m["year"]!);
            }
            if (i["target_year_value"] is long target)
            {
                years.Add(target);
            }
        }
        return new ScriptArray(years.Select(y => (object)y));
    }

    private static ScriptObject ById(object? items)
    {
        var byId = new ScriptObject();
        foreach (var item in (items as ScriptArray ?? []).OfType<ScriptObject>())
        {
            if (item["id"] is string id && !byId.ContainsKey(id))
            {
                byId[id] = item;
            }
        }
        return byId;
    }

    /// <summary>Dissemination items written as <c>{ what, kind }</c> read as text in the documents ("Paper at the congress
    /// (outside event)"), so templates that list the items show a sentence whichever form was written.</summary>
    private static void DisseminationAsText(ScriptObject monitoring, Labels labels)
    {
        if (monitoring["dissemination"] is not ScriptArray items)
        {
            return;
        }
        monitoring["dissemination"] = new ScriptArray(items.Select(item => item is ScriptObject o
            ? (object?)(o["kind"] is string kind ? $"{o["what"]} ({TemplateHelpers.Words(kind, labels)})" : o["what"])
            : item));
    }

    /// <summary>The calendar years the project runs in, first to last, for yearly tables.</summary>
    private static ScriptArray Years(string? start, double duration)
    {
        var years = new ScriptArray();
        if (start is { Length: 7 } && int.TryParse(start.AsSpan(0, 4), out var year) && int.TryParse(start.AsSpan(5, 2), out var month) && duration >= 1)
        {
            var last = ((year * 12) + month - 1 + (int)duration - 1) / 12;
            for (var y = year; y <= last; y++)
            {
                years.Add((long)y);
            }
        }
        return years;
    }

    /// <summary>The alternative of a choice the value was written as (a month or an evaluation, a text or a control group).</summary>
    private static SchemaType? Resolve(SchemaType? type, Value value) => type is ChoiceType choice
        ? choice.Alternatives.FirstOrDefault(a => value.Kind switch
        {
            ValueKind.Map => a is ObjectType or DictionaryType,
            ValueKind.List => a is ListType,
            _ => a is ScalarType,
        })
        : type;

    private static double Number(object? o) => o switch
    {
        long l => l,
        int i => i,
        double d => d,
        _ => 0,
    };

    /// <summary>Converts a value with its schema type, filling in absent keys so strict templates can read them.</summary>
    private static object? Convert(Value value, SchemaType? type, Project project, Diagnostics.SourceSpan? span = null)
    {
        type = Resolve(type, value);
        switch (value.Kind)
        {
            case ValueKind.Map:
                var obj = new ScriptObject();
                var map = value.AsMap;
                var objectType = type as ObjectType;
                foreach (var entry in map.Entries)
                {
                    var key = entry.Key.Kind == ValueKind.String ? entry.Key.AsString : ValueFormatter.ToLiteral(entry.Key);
                    var fieldType = objectType?.Find(key)?.Type ?? (type as DictionaryType)?.Value;
                    obj[key] = Convert(entry.Value, fieldType, project, entry.ValueSpan);
                    if (entry.ValueSpan is not null && project.ComputedBySpan.TryGetValue(entry.ValueSpan, out var computed))
                    {
                        obj[key + "_expression"] = MarkdownText.Escape(computed.Expression);
                    }
                }
                if (objectType is not null)
                {
                    foreach (var field in objectType.Fields)
                    {
                        if (!obj.ContainsKey(field.Key))
                        {
                            obj[field.Key] = Empty(field.Type, project);
                        }
                        if (field.Type is ScalarType { AllowExpression: true } && !obj.ContainsKey(field.Key + "_expression"))
                        {
                            obj[field.Key + "_expression"] = null;
                        }
                    }
                }
                return obj;
            case ValueKind.List:
                var itemType = (type as ListType)?.Item;
                var array = new ScriptArray();
                var list = value.AsList;
                for (var i = 0; i < list.Count; i++)
                {
                    array.Add(Convert(list[i], itemType, project, list.ItemSpan(i)));
                }
                return array;
            case ValueKind.String:
                return MarkdownText.Escape(value.AsString);
            case ValueKind.Int:
                return value.AsInt;
            case ValueKind.Double:
                return value.AsDouble;
            case ValueKind.Bool:
                return value.AsBool;
            case ValueKind.Error:
                return MarkdownText.Escape("error: " + value.AsError.Message);
            default:
                return null;
        }
    }

    private static object? Empty(SchemaType type, Project project) => type switch
    {
        ListType => new ScriptArray(),
        ObjectType o => Convert(Value.Map(CelMap.Empty), o, project),
        DictionaryType => new ScriptObject(),
        _ => null,
    };

    private static ScriptArray Calendar(ScriptObject root, ScriptObject names, Labels labels)
    {
        var p = (ScriptObject)root["project"]!;
        var start = p["start"] as string;
        var monitoring = (ScriptObject)root["monitoring"]!;
        var evaluations = (ScriptObject)monitoring["evaluations"]!;
        var duration = Number(p["duration_months"]);
        var rows = new ScriptArray();
        void Add(string kind, object? month, string note)
        {
            // An evaluation is a month or { month, budget, responsible, method }.
            var details = month as ScriptObject;
            month = details is not null ? details["month"] : month;
            if (month is null)
            {
                return;
            }
            rows.Add(new ScriptObject
            {
                ["kind"] = kind,
                ["name"] = labels.Text("evaluation." + kind),
                ["month"] = month,
                ["date"] = TemplateHelpers.ProjectMonth(start, month),
                ["note"] = note,
                ["is_evaluation"] = kind != "baseline",
                ["budget"] = details?["budget"],
                ["responsible_name"] = details is null ? null : NameOf(details, "responsible", names),
                ["method"] = details?["method"],
            });
        }
        Add("baseline", monitoring["baseline_by_month"], labels.Text("evaluation.baseline-purpose"));
        Add("midterm", evaluations["midterm"], labels.Text("evaluation.midterm-purpose"));
        Add("final", evaluations["final"], labels.Text("evaluation.final-purpose"));
        var exPost = evaluations["ex_post"] is ScriptObject e ? e["month"] : evaluations["ex_post"];
        Add("ex-post", evaluations["ex_post"], labels.Text(Number(exPost) >= duration + 36 ? "evaluation.ex-post-purpose" : "evaluation.ex-post-early"));
        return rows;
    }

    /// <summary>The score as templates see it, or null when no pack scores evaluability.</summary>
    private static ScriptObject? Evaluability(EvaluabilityScore? score, IReadOnlyList<Finding> findings) => score is null ? null : new ScriptObject
    {
        ["score"] = score.Score,
        ["version"] = score.Version,
        ["dimensions"] = new ScriptArray(score.Dimensions.Select(d => new ScriptObject
        {
            ["id"] = d.Id,
            ["title"] = MarkdownText.Escape(d.Title),
            ["score"] = d.Score,
            ["max"] = d.Max,
            ["lost"] = new ScriptArray(d.Lost.Select(l => new ScriptObject
            {
                ["rule"] = l.Rule,
                ["points"] = l.Points,
                // The rule's title as a finding states it, for readers who do not know the ids.
                ["title"] = MarkdownText.EscapeProse(findings.FirstOrDefault(f => f.RuleId == l.Rule)?.Title ?? l.Rule),
            })),
        })),
    };
}
