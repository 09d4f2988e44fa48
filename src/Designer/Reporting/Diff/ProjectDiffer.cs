using Designer.Expressions.Runtime;
using Designer.Projects.Loading;
using Designer.Rules;

namespace Designer.Reporting.Diff;

/// <summary>
/// Compares two checked versions of a project. The comparison is generic over the project's tree, so every section
/// (indicators and their milestones, components and their financing, governance, links, risks…) is covered the same way:
/// <list type="bullet">
/// <item>maps are compared key by key;</item>
/// <item>lists whose items are maps with an <c>id</c> are matched by id; an unmatched removed item and an unmatched added
/// item of the same list are one renamed item when everything but the id is identical, or else when they have the same
/// label (the first of <c>name</c>, <c>title</c>, <c>statement</c>); otherwise they are reported as removed and added;</item>
/// <item>lists of maps without ids are matched by position; lists of plain values are compared as a whole.</item>
/// </list>
/// Findings are matched by rule, element and message, then by rule and element (a finding whose message changed is
/// still the same open finding).
/// </summary>
public static class ProjectDiffer
{
    private static readonly string[] LabelKeys = ["name", "title", "statement"];

    public static ProjectDiff Compare(FileReport before, FileReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Project is null || after.Project is null)
        {
            throw new ArgumentException("both versions must have loaded");
        }
        var changes = new List<DiffChange>();
        CompareMaps("", before.Project.Root, after.Project.Root, changes);
        return new ProjectDiff(before.Path, after.Path, before.Project.Id, after.Project.Id, changes, CompareFindings(before, after), before.Evaluability, after.Evaluability);
    }

    private static void CompareMaps(string path, CelMap before, CelMap after, List<DiffChange> changes)
    {
        foreach (var entry in after.Entries)
        {
            var key = KeyText(entry.Key);
            if (IsComputedLinks(entry.Key))
            {
                continue;
            }
            var child = Join(path, key);
            if (before.TryGet(entry.Key, out var old))
            {
                CompareValues(child, old, entry.Value, changes);
            }
            else
            {
                changes.Add(new DiffChange(SectionOf(child), DiffKind.Added, child, null, Display(entry.Value)));
            }
        }
        foreach (var entry in before.Entries)
        {
            if (!after.ContainsKey(entry.Key) && !IsComputedLinks(entry.Key))
            {
                var child = Join(path, KeyText(entry.Key));
                changes.Add(new DiffChange(SectionOf(child), DiffKind.Removed, child, Display(entry.Value), null));
            }
        }
    }

    private static void CompareValues(string path, Value before, Value after, List<DiffChange> changes)
    {
        if (before.Kind == ValueKind.Map && after.Kind == ValueKind.Map)
        {
            CompareMaps(path, before.AsMap, after.AsMap, changes);
        }
        else if (before.Kind == ValueKind.List && after.Kind == ValueKind.List && IsListOfMaps(before.AsList) && IsListOfMaps(after.AsList))
        {
            if (HasIds(before.AsList) && HasIds(after.AsList))
            {
                CompareById(path, before.AsList, after.AsList, changes);
            }
            else
            {
                CompareByPosition(path, before.AsList, after.AsList, changes);
            }
        }
        else if (!Same(before, after))
        {
            if (before.Kind == ValueKind.List && after.Kind == ValueKind.List && IsPlain(before.AsList) && IsPlain(after.AsList))
            {
                var old = before.AsList.Items.Select(ValueFormatter.ToDisplay).ToList();
                var current = after.AsList.Items.Select(ValueFormatter.ToDisplay).ToList();
                changes.Add(new DiffChange(SectionOf(path), DiffKind.Changed, path, Display(before), Display(after), null,
                    current.Where(x => !old.Contains(x)).ToList(), old.Where(x => !current.Contains(x)).ToList()));
                return;
            }
            changes.Add(new DiffChange(SectionOf(path), DiffKind.Changed, path, Display(before), Display(after)));
        }
    }

    private static void CompareById(string path, CelList before, CelList after, List<DiffChange> changes)
    {
        var oldById = new Dictionary<string, CelMap>(StringComparer.Ordinal);
        foreach (var item in before.Items)
        {
            oldById.TryAdd(IdOf(item.AsMap)!, item.AsMap);
        }
        var newIds = after.Items.Select(i => IdOf(i.AsMap)!).ToHashSet(StringComparer.Ordinal);
        var removed = before.Items.Select(i => i.AsMap).Where(m => !newIds.Contains(IdOf(m)!)).ToList();
        var added = after.Items.Select(i => i.AsMap).Where(m => !oldById.ContainsKey(IdOf(m)!)).ToList();
        var renamedFrom = PairRenames(removed, added);

        foreach (var gone in removed.Where(r => !renamedFrom.ContainsValue(r)))
        {
            var at = $"{path}[{IdOf(gone)}]";
            changes.Add(new DiffChange(SectionOf(at), DiffKind.Removed, at, Label(gone), null));
        }
        foreach (var item in after.Items.Select(i => i.AsMap))
        {
            var id = IdOf(item)!;
            var at = $"{path}[{id}]";
            if (oldById.TryGetValue(id, out var old))
            {
                CompareMaps(at, old, item, changes);
            }
            else if (renamedFrom.TryGetValue(item, out var previous))
            {
                changes.Add(new DiffChange(SectionOf(at), DiffKind.Renamed, at, Label(previous), Label(item), IdOf(previous)));
                CompareMaps(at, Without(previous, "id"), Without(item, "id"), changes);
            }
            else
            {
                changes.Add(new DiffChange(SectionOf(at), DiffKind.Added, at, null, Label(item)));
            }
        }
    }

    /// <summary>Pairs removed and added items that are one item under a new id: same content first, then same label.</summary>
    private static Dictionary<CelMap, CelMap> PairRenames(List<CelMap> removed, List<CelMap> added)
    {
        var pairs = new Dictionary<CelMap, CelMap>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<CelMap>(ReferenceEqualityComparer.Instance);
        foreach (var sameContent in new[] { true, false })
        {
            foreach (var candidate in added.Where(a => !pairs.ContainsKey(a)))
            {
                var match = removed.FirstOrDefault(r => !taken.Contains(r) && (sameContent
                    ? Same(Value.Map(Without(r, "id")), Value.Map(Without(candidate, "id")))
                    : LabelKey(r) is { } label && label == LabelKey(candidate)));
                if (match is not null)
                {
                    pairs[candidate] = match;
                    taken.Add(match);
                }
            }
        }
        return pairs;
    }

    private static void CompareByPosition(string path, CelList before, CelList after, List<DiffChange> changes)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var at = $"{path}[{i + 1}]";
            if (i >= after.Count)
            {
                changes.Add(new DiffChange(SectionOf(at), DiffKind.Removed, at, Label(before[i].AsMap), null));
            }
            else if (i >= before.Count)
            {
                changes.Add(new DiffChange(SectionOf(at), DiffKind.Added, at, null, Label(after[i].AsMap)));
            }
            else
            {
                CompareMaps(at, before[i].AsMap, after[i].AsMap, changes);
            }
        }
    }

    private static List<FindingDelta> CompareFindings(FileReport before, FileReport after)
    {
        var old = before.Active.ToList();
        var current = after.Active.ToList();
        var open = new List<Finding>();
        // Exact matches first, so that a finding whose message changed pairs with what is left.
        foreach (var exact in new[] { true, false })
        {
            foreach (var f in current.ToList())
            {
                var match = old.FirstOrDefault(o => o.RuleId == f.RuleId && o.Element == f.Element && (!exact || o.Message == f.Message));
                if (match is not null)
                {
                    old.Remove(match);
                    current.Remove(f);
                    open.Add(f);
                }
            }
        }
        return old.Select(f => new FindingDelta(FindingStatus.Resolved, f))
            .Concat(current.Select(f => new FindingDelta(FindingStatus.Introduced, f)))
            .Concat(after.Active.Where(open.Contains).Select(f => new FindingDelta(FindingStatus.Open, f)))
            .ToList();
    }

    /// <summary>
    /// The <c>links</c> the loader adds (copies of the elements an element's references name) are not compared: a
    /// change to a linked element is reported once, where it is written, and a changed reference where it is written.
    /// </summary>
    private static bool IsComputedLinks(Value key) => key.Kind == ValueKind.String && key.AsString == LinkResolver.Key;

    private static bool IsPlain(CelList list) => list.Items.All(i => i.Kind is not (ValueKind.Map or ValueKind.List));

    private static bool IsListOfMaps(CelList list) => list.Count > 0 && list.Items.All(i => i.Kind == ValueKind.Map);

    private static bool HasIds(CelList list)
    {
        var ids = list.Items.Select(i => IdOf(i.AsMap)).ToList();
        return ids.All(id => id is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
    }

    private static string? IdOf(CelMap map) =>
        map.TryGet("id", out var id) && id.Kind is ValueKind.String or ValueKind.Int ? ValueFormatter.ToDisplay(id) : null;

    private static string? LabelKey(CelMap map)
    {
        foreach (var key in LabelKeys)
        {
            if (map.TryGet(key, out var v) && v.Kind == ValueKind.String && v.AsString.Length > 0)
            {
                return key + "\n" + v.AsString;
            }
        }
        return null;
    }

    private static string Label(CelMap map) => LabelKey(map) is { } key ? key[(key.IndexOf('\n', StringComparison.Ordinal) + 1)..] : "";

    private static CelMap Without(CelMap map, string key)
    {
        var entries = new List<CelMap.Entry>();
        foreach (var e in map.Entries)
        {
            if (!(e.Key.Kind == ValueKind.String && e.Key.AsString == key))
            {
                entries.Add(e);
            }
        }
        return new CelMap([.. entries], map.Span);
    }

    /// <summary>Structural equality: same kind, same scalars, lists item by item, maps key by key in any order.</summary>
    private static bool Same(Value a, Value b)
    {
        if (a.IsNumber && b.IsNumber)
        {
            return a.AsNumber.Equals(b.AsNumber);
        }
        if (a.Kind != b.Kind)
        {
            return false;
        }
        switch (a.Kind)
        {
            case ValueKind.String:
                return a.AsString == b.AsString;
            case ValueKind.List:
                var x = a.AsList;
                var y = b.AsList;
                if (x.Count != y.Count)
                {
                    return false;
                }
                for (var i = 0; i < x.Count; i++)
                {
                    if (!Same(x[i], y[i]))
                    {
                        return false;
                    }
                }
                return true;
            case ValueKind.Map:
                if (a.AsMap.Count != b.AsMap.Count)
                {
                    return false;
                }
                foreach (var e in a.AsMap.Entries)
                {
                    if (!b.AsMap.TryGet(e.Key, out var other) || !Same(e.Value, other))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return ValueFormatter.ToDisplay(a) == ValueFormatter.ToDisplay(b);
        }
    }

    /// <summary>How a value reads in a change line: text and numbers as written, lists in brackets, maps as inline JSON.</summary>
    public static string Display(Value value) => value.Kind switch
    {
        ValueKind.List when value.AsList.Items.All(i => i.Kind is not (ValueKind.Map or ValueKind.List)) => "[" + string.Join(", ", value.AsList.Items.Select(ValueFormatter.ToDisplay)) + "]",
        ValueKind.List or ValueKind.Map => ValueFormatter.ToInlineJson(value),
        _ => ValueFormatter.ToDisplay(value),
    };

    private static string KeyText(Value key) => key.Kind == ValueKind.String ? key.AsString : ValueFormatter.ToDisplay(key);

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string SectionOf(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
