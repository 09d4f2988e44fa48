using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;

namespace Designer.Expressions.Compilation;

/// <summary>
/// The linker: every built-in function and Designer extension, registered the same way and documented.
/// Macros (<c>has</c>, <c>all</c>, <c>exists</c>, <c>exists_one</c>, <c>filter</c>, <c>map</c>, <c>count</c>) are
/// expanded by the compiler and listed in <see cref="Macros"/>.
/// </summary>
internal static class FunctionRegistry
{
    private static readonly Dictionary<(string, int), FunctionDefinition> ByNameArity = [];

    public static readonly List<FunctionDefinition> All = [];

    public static readonly IReadOnlyList<(string Signature, string Doc, bool Extension)> Macros =
    [
        ("has(m.f)", "true if the map `m` has the key `f`; `has(it.baseline)`", false),
        ("l.all(x, p)", "true if `p` holds for every element `x` (map: every key); `indicators.all(i, has(i.baseline))`", false),
        ("l.exists(x, p)", "true if `p` holds for at least one element; `actors.exists(a, a.sector == 'knowledge')`", false),
        ("l.exists_one(x, p)", "true if `p` holds for exactly one element", false),
        ("l.filter(x, p)", "the elements for which `p` holds; `indicators.filter(i, i.horizon == 'long')`", false),
        ("l.map(x, e)", "the list of `e` for each element; `l.map(x, p, e)` maps only the elements for which `p` holds", false),
        ("count(l, x, p)", "how many elements satisfy `p`; `count(indicators, i, i.level == 'cluster')`", true),
    ];

    static FunctionRegistry()
    {
        Add1("size", true, true, false, "size(x) -> int", "length of a string (in code points), list or map; `size('año')` is 3", Size);
        Add2("contains", true, false, false, "s.contains(t) -> bool", "whether `s` contains `t`; `'SME cluster'.contains('SME')`", (s, t) => Str2(s, t, "contains", static (a, b) => a.Contains(b, StringComparison.Ordinal)));
        Add2("startsWith", true, false, false, "s.startsWith(t) -> bool", "whether `s` starts with `t`", (s, t) => Str2(s, t, "startsWith", static (a, b) => a.StartsWith(b, StringComparison.Ordinal)));
        Add2("endsWith", true, false, false, "s.endsWith(t) -> bool", "whether `s` ends with `t`", (s, t) => Str2(s, t, "endsWith", static (a, b) => a.EndsWith(b, StringComparison.Ordinal)));
        Add2("matches", true, true, false, "s.matches(re) -> bool", "whether `s` contains a match of the regular expression `re` (RE2 syntax, run with a time limit)", (s, re) => Matches(s, re, null));
        Add1("int", false, true, false, "int(x) -> int", "converts a double (truncating toward zero), a numeric string or an int; `int(7 / 2)` is 3", ToInt);
        Add1("double", false, true, false, "double(x) -> double", "converts an int or a numeric string", ToDouble);
        Add1("string", false, true, false, "string(x) -> string", "converts an int, double, bool or string", ToStringValue);
        Add1("bool", false, true, false, "bool(x) -> bool", "converts 'true'/'false' (and 't', 'f', '1', '0', 'TRUE', 'True', ...) or a bool", ToBool);
        Add1("type", false, true, false, "type(x) -> type", "the type of `x`; `type(1) == int`", static v => v.IsError ? v : Value.Type(v.CelType));
        Add1("dyn", false, true, false, "dyn(x) -> x", "`x` itself (CEL's type-checker hint)", static v => v);

        Add1("sum", true, true, true, "sum(l) -> int | double", "sum of a list of numbers; `sum(components.map(c, c.budget))`", Sum);
        Add1("min", true, true, true, "min(l) -> number", "smallest element of a non-empty list", static l => Extreme(l, "min", -1));
        Add1("max", true, true, true, "max(l) -> number", "largest element of a non-empty list", static l => Extreme(l, "max", 1));
        Add1("avg", true, true, true, "avg(l) -> double", "mean of a non-empty list of numbers", Average);
        Add2("round", false, true, true, "round(x, digits) -> double", "`x` rounded half away from zero to `digits` decimals; `round(2.345, 2)` is 2.35", Round);
        Add1("lower", true, true, true, "lower(s) -> string", "`s` in lower case (invariant culture)", static s => s.Kind == ValueKind.String ? Value.String(s.AsString.ToLowerInvariant()) : Fail("lower", s));
        Add1("upper", true, true, true, "upper(s) -> string", "`s` in upper case (invariant culture)", static s => s.Kind == ValueKind.String ? Value.String(s.AsString.ToUpperInvariant()) : Fail("upper", s));
        Add1("flatten", true, true, true, "flatten(l) -> list", "the elements of a list of lists, one level deep; `flatten(components.map(c, c.activities))`", Flatten);
        AddLookup("indicator", "indicator", "`indicator('cluster-sales').links.target_year`");
        AddLookup("actor", "actor", "`actor('sebrae-se').sector`");
        AddLookup("body", "governance body", "`body('council').members`");
        AddLookup("outcome", "outcome", "`outcome('O1').links.impact.statement`");
        AddLookup("output", "output", "`output('C1.1').links.outcomes.map(o, o.id)`");
        AddLookup("activity", "activity", "`activity('C1.1.1').links.output.links.outcomes[0].links.impact.statement`");
        AddLookup("component", "component", "`component('C1').links.years`");
        AddLookup("constraint", "constraint", "`constraint('K1').links.raised_by.map(a, a.name)`");
        AddLookup("risk", "risk", "`risk('R1').owner`");
        AddLookup("group", "target group", "`group('women').poverty_criterion`");
        Add2("join", true, true, true, "join(l, sep) -> string", "the elements of `l` as text, separated by `sep`; `join(['a', 'b'], ', ')` is 'a, b'", Join);
        Add1("texts", true, true, true, "texts(x) -> list", "every text inside `x` (its map values and list items, at any depth, in order; not through `links`, so each text is found once, where it is written); `texts(project).exists(t, t.matches('TODO'))`", Texts);
    }

    private static Value Texts(Value root) => root.IsError ? root : Value.List(new CelList([.. ValueTexts.Of(root)]));

    private static void Add1(string name, bool member, bool global, bool ext, string sig, string doc, Func<Value, Value> f) =>
        Register(new FunctionDefinition(name, 1, member, global, ext, sig, doc, Unary: f));

    private static void Add2(string name, bool member, bool global, bool ext, string sig, string doc, Func<Value, Value, Value> f) =>
        Register(new FunctionDefinition(name, 2, member, global, ext, sig, doc, Binary: f));

    /// <summary>A lookup by id among the project's elements of one kind.</summary>
    private static void AddLookup(string name, string kind, string example) =>
        Register(new FunctionDefinition(name, 1, false, true, true, $"{name}(id) -> map", $"the {kind} with this id in the project, with its `links`; an error when there is none; {example}",
            Lookup: (scope, id) => id.Kind != ValueKind.String ? Fail(name, id)
                : scope.TryFind(kind, id.AsString, out var found) ? found
                : Value.Error($"no {kind} with id '{id.AsString}' in the project")));

    private static void Register(FunctionDefinition def)
    {
        ByNameArity[(def.Name, def.Arity)] = def;
        All.Add(def);
    }

    public static FunctionDefinition? Find(string name, int arity) =>
        ByNameArity.TryGetValue((name, arity), out var def) ? def : null;

    public static bool IsKnownName(string name) => All.Exists(f => f.Name == name);

    private static Value Fail(string name, Value a) => a.IsError ? a : Value.Error($"no such overload: {name}({a.CelType.Name})");

    private static Value Fail(string name, Value a, Value b) =>
        a.IsError ? a : b.IsError ? b : Value.Error($"no such overload: {name}({a.CelType.Name}, {b.CelType.Name})");

    private static Value Size(Value v) => v.Kind switch
    {
        ValueKind.String => Value.Int(CountCodePoints(v.AsString)),
        ValueKind.List => Value.Int(v.AsList.Count),
        ValueKind.Map => Value.Int(v.AsMap.Count),
        _ => Fail("size", v),
    };

    private static int CountCodePoints(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]))
            {
                n++;
            }
        }
        return n;
    }

    private static Value Str2(Value s, Value t, string name, Func<string, string, bool> f) =>
        s.Kind == ValueKind.String && t.Kind == ValueKind.String ? Value.Bool(f(s.AsString, t.AsString)) : Fail(name, s, t);

    // Built regexes by pattern and time limit, shared by the compiler and `matches` on a pattern known only when
    // it runs: a pattern written in four rules and messages is built once per process.
    private static readonly ConcurrentDictionary<(string Pattern, TimeSpan Timeout), Regex> RegexCache = new();

    /// <summary>
    /// Builds (or finds) a regex that cannot backtrack catastrophically and stops after the time limit: a pattern
    /// of the simple shape <see cref="PatternShape"/> describes runs on the backtracking engine, any other on the
    /// non-backtracking one.
    /// </summary>
    internal static Regex? BuildRegex(string pattern, ExpressionLimits limits, out string? error)
    {
        error = null;
        if (pattern.Length > limits.MaxRegexLength)
        {
            error = $"regular expression too long ({pattern.Length} characters; the limit is {limits.MaxRegexLength})";
            return null;
        }
        if (RegexCache.TryGetValue((pattern, limits.RegexTimeout), out var cached))
        {
            return cached;
        }
        try
        {
            var engine = PatternShape.IsBacktrackingSafe(pattern) ? RegexOptions.None : RegexOptions.NonBacktracking;
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | engine, limits.RegexTimeout);
            if (RegexCache.Count < 1024)
            {
                RegexCache.TryAdd((pattern, limits.RegexTimeout), regex);
            }
            return regex;
        }
        catch (ArgumentException ex)
        {
            error = $"invalid regular expression: {ex.Message}";
            return null;
        }
        catch (NotSupportedException ex)
        {
            error = $"unsupported regular expression: {ex.Message}";
            return null;
        }
    }

    internal static Value Matches(Value s, Value re, Regex? precompiled, ExpressionLimits? limits = null)
    {
        if (s.Kind != ValueKind.String || re.Kind != ValueKind.String)
        {
            return Fail("matches", s, re);
        }
        limits ??= ExpressionLimits.Default;
        string? error = null;
        var regex = precompiled ?? BuildRegex(re.AsString, limits, out error);
        if (regex is null)
        {
            return Value.Error(error!);
        }
        try
        {
            return Value.Bool(regex.IsMatch(s.AsString));
        }
        catch (RegexMatchTimeoutException)
        {
            return Value.Error($"regular expression took longer than {limits.RegexTimeout.TotalMilliseconds:0} ms");
        }
    }

    private static Value ToInt(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Int: return v;
            case ValueKind.Double:
                var d = Math.Truncate(v.AsDouble);
                if (double.IsNaN(d) || d <= -9.2233720368547758E18 || d >= 9.2233720368547758E18)
                {
                    return Value.Error("int() range error: the double does not fit in a 64-bit int");
                }
                return Value.Int((long)d);
            case ValueKind.String:
                return long.TryParse(v.AsString, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    ? Value.Int(i)
                    : Value.Error($"int() cannot convert '{v.AsString}' to an int");
            default: return Fail("int", v);
        }
    }

    private static Value ToDouble(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Double: return v;
            case ValueKind.Int: return Value.Double(v.AsInt);
            case ValueKind.String:
                var text = v.AsString;
                if (text is "NaN")
                {
                    return Value.Double(double.NaN);
                }
                if (text is "Infinity" or "+Infinity" or "inf" or "+inf")
                {
                    return Value.Double(double.PositiveInfinity);
                }
                if (text is "-Infinity" or "-inf")
                {
                    return Value.Double(double.NegativeInfinity);
                }
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? Value.Double(d)
                    : Value.Error($"double() cannot convert '{text}' to a double");
            default: return Fail("double", v);
        }
    }

    private static Value ToStringValue(Value v) => v.Kind switch
    {
        ValueKind.String => v,
        ValueKind.Int => Value.String(v.AsInt.ToString(CultureInfo.InvariantCulture)),
        ValueKind.Double => Value.String(FormatDoubleForString(v.AsDouble)),
        ValueKind.Bool => Value.String(v.AsBool ? "true" : "false"),
        _ => Fail("string", v),
    };

    internal static string FormatDoubleForString(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "+Inf";
        if (double.IsNegativeInfinity(d)) return "-Inf";
        var abs = Math.Abs(d);
        if (abs != 0 && (abs >= 1e21 || abs < 1e-6))
        {
            var e = d.ToString("E16", CultureInfo.InvariantCulture);
            var r = d.ToString("R", CultureInfo.InvariantCulture);
            // Shortest round-trip mantissa with a two-digit exponent, as CEL's reference implementation prints it.
            var parts = r.Split('E');
            if (parts.Length == 2)
            {
                var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
                return $"{parts[0]}e{(exp < 0 ? "-" : "+")}{Math.Abs(exp):00}";
            }
            return e;
        }
        return d.ToString("0.#################", CultureInfo.InvariantCulture);
    }

    private static Value ToBool(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Bool: return v;
            case ValueKind.String:
                switch (v.AsString)
                {
                    case "1": case "t": case "true": case "TRUE": case "True": return Value.True;
                    case "0": case "f": case "false": case "FALSE": case "False": return Value.False;
                    default: return Value.Error($"bool() cannot convert '{v.AsString}' to a bool");
                }
            default: return Fail("bool", v);
        }
    }

    private static Value Sum(Value l)
    {
        if (l.Kind != ValueKind.List)
        {
            return Fail("sum", l);
        }
        var acc = Value.Int(0);
        foreach (var item in l.AsList.AsSpan())
        {
            if (!item.IsNumber)
            {
                return item.IsError ? item : Value.Error($"sum() needs numbers; found a {item.CelType.Name}");
            }
            acc = Operators.Add(acc, item);
            if (acc.IsError)
            {
                return acc;
            }
        }
        return acc;
    }

    private static Value Extreme(Value l, string name, int sign)
    {
        if (l.Kind != ValueKind.List)
        {
            return Fail(name, l);
        }
        var items = l.AsList;
        if (items.Count == 0)
        {
            return Value.Error($"{name}() of an empty list");
        }
        var best = items[0];
        for (var i = 1; i < items.Count; i++)
        {
            var c = Operators.Compare(items[i], best);
            if (c is null)
            {
                return Value.Error($"{name}() cannot compare {items[i].CelType.Name} with {best.CelType.Name}");
            }
            if (c.Value != int.MinValue && Math.Sign(c.Value) == sign)
            {
                best = items[i];
            }
        }
        return best;
    }

    private static Value Average(Value l)
    {
        if (l.Kind != ValueKind.List)
        {
            return Fail("avg", l);
        }
        if (l.AsList.Count == 0)
        {
            return Value.Error("avg() of an empty list");
        }
        var total = Sum(l);
        return total.IsError ? total : Value.Double(total.AsNumber / l.AsList.Count);
    }

    private static Value Round(Value x, Value digits)
    {
        if (!x.IsNumber || digits.Kind != ValueKind.Int)
        {
            return Fail("round", x, digits);
        }
        if (digits.AsInt is < 0 or > 15)
        {
            return Value.Error("round() takes 0 to 15 digits");
        }
        return Value.Double(Math.Round(x.AsNumber, (int)digits.AsInt, MidpointRounding.AwayFromZero));
    }

    private static Value Flatten(Value l)
    {
        if (l.Kind != ValueKind.List)
        {
            return Fail("flatten", l);
        }
        var items = new List<Value>();
        var spans = new List<Diagnostics.SourceSpan?>();
        foreach (var item in l.AsList.AsSpan())
        {
            if (item.Kind == ValueKind.List)
            {
                var inner = item.AsList;
                if ((long)items.Count + inner.Count > ExpressionLimits.MaxListLength)
                {
                    return Operators.TooLong("list", (long)items.Count + inner.Count, ExpressionLimits.MaxListLength, "elements");
                }
                for (var i = 0; i < inner.Count; i++)
                {
                    items.Add(inner[i]);
                    spans.Add(inner.ItemSpan(i));
                }
            }
            else
            {
                items.Add(item);
                spans.Add(null);
            }
        }
        return Value.List(new CelList([.. items], null, [.. spans]));
    }

    private static Value Join(Value l, Value sep)
    {
        if (l.Kind != ValueKind.List || sep.Kind != ValueKind.String)
        {
            return Fail("join", l, sep);
        }
        var sb = new StringBuilder();
        var first = true;
        foreach (var item in l.AsList.AsSpan())
        {
            if (item.IsError)
            {
                return item;
            }
            if (!first)
            {
                sb.Append(sep.AsString);
            }
            first = false;
            sb.Append(ValueFormatter.ToDisplay(item));
            if (sb.Length > ExpressionLimits.MaxStringLength)
            {
                return Operators.TooLong("string", sb.Length, ExpressionLimits.MaxStringLength, "characters");
            }
        }
        return Value.String(sb.ToString());
    }
}
