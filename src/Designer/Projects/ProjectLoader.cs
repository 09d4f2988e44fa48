using System.Text;
using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Projects;

/// <summary>
/// Loads a project file: reads the YAML with positions, checks it against the format (unknown keys, types,
/// required keys, ids and references), compiles and evaluates its <c>=</c> expressions, and reports every
/// problem in one run, ordered by position.
/// </summary>
public sealed partial class ProjectLoader
{
    private readonly string _file;
    private readonly TextLocator _locator;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, Dictionary<string, SourceSpan>> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Target, string Id, SourceSpan Span)> _references = [];
    private readonly List<PendingExpression> _expressions = [];

    private sealed record PendingExpression(string Path, CelMap Owner, int Index, ObjectType? OwnerType, string Text, int TextOffset, SourceSpan Span, bool IsDerived, string? DerivedName);

    private ProjectLoader(string file, string text)
    {
        _file = file;
        _locator = new TextLocator(file, text);
    }

    /// <summary>Reads and loads a file. An unreadable or non-UTF-8 file is a diagnostic, not an exception.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="limits">Size, depth and node limits; the defaults when null.</param>
    /// <param name="displayName">The name diagnostics show for the file (a path relative to the user's folder).</param>
    public static LoadResult LoadFile(string path, YamlLimits? limits = null, string? displayName = null)
    {
        limits ??= YamlLimits.Default;
        var bag = new DiagnosticBag();
        if (!TryReadText(path, limits, bag, out var text, displayName))
        {
            return new LoadResult(null, bag.ToOrderedList());
        }
        return Load(displayName ?? path, text!, limits);
    }

    /// <summary>Reads a text file strictly as UTF-8 (a BOM is allowed), within the size limit; only a regular file.</summary>
    public static bool TryReadText(string path, YamlLimits limits, DiagnosticBag bag, out string? text, string? displayName = null) =>
        Files.SafeFileReader.TryReadText(path, displayName ?? path, limits.MaxFileSize, bag, out text);

    /// <summary>Loads a project from text already read.</summary>
    public static LoadResult Load(string file, string text, YamlLimits? limits = null)
    {
        var loader = new ProjectLoader(file, text);
        var project = loader.Run(text, limits ?? YamlLimits.Default);
        return new LoadResult(project, loader._diagnostics.ToOrderedList());
    }

    private Project? Run(string text, YamlLimits limits)
    {
        var node = YamlReader.Read(_locator, _diagnostics, limits);
        if (_diagnostics.HasErrors)
        {
            return null;
        }
        if (node is null || (node is YamlScalar s0 && s0.Plain && s0.Value.Length == 0))
        {
            _diagnostics.Error(DiagnosticCodes.MissingKey, "the file is empty: a project needs at least `designer`, `project`, `territory`, `sectors`, `actors` and `components`", SourceSpan.StartOf(_file), "Run `designer init` for a commented starter file.");
            return null;
        }
        var rootValue = Convert(node, ProjectSchema.Root, "");
        if (rootValue.Kind != ValueKind.Map)
        {
            return null;
        }
        var root = rootValue.AsMap;
        if (root.TryGet("designer", out var version) && version.Kind == ValueKind.Int && version.AsInt != 1)
        {
            _diagnostics.Error(DiagnosticCodes.UnknownVersion, $"format version {version.AsInt} is not supported; this Designer reads version 1", root.EntryFor("designer")!.Value.ValueSpan!, "Write `designer: 1`.");
        }
        CheckReferences();
        var scope = new ProjectScope(root);
        var computed = BindExpressions(root, scope);
        return new Project(_file, _locator, root, scope, computed);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private Value Convert(YamlNode node, SchemaType type, string path)
    {
        switch (type)
        {
            case ObjectType obj:
                return ConvertObject(node, obj, path);
            case DictionaryType dict:
                if (node is not YamlMapping dm)
                {
                    return WrongType(node, "a mapping of names to values", path);
                }
                var dentries = new List<CelMap.Entry>();
                foreach (var (key, value) in dm.Entries)
                {
                    if (!IdentifierPattern().IsMatch(key.Value))
                    {
                        _diagnostics.Error(DiagnosticCodes.BadValue, $"`{key.Value}` cannot name a derived value: use letters, digits and _ , starting with a letter", key.Span, "Rename it, e.g. `mif_share`.");
                        continue;
                    }
                    dentries.Add(new CelMap.Entry(Value.String(key.Value), Convert(value, dict.Value, Join(path, key.Value)), key.Span, value.Span));
                }
                var dmap = new CelMap([.. dentries], dm.Span);
                RegisterExpressions(dmap, null, path, isDerived: true);
                return Value.Map(dmap);
            case ListType list:
                if (node is not YamlSequence seq)
                {
                    if (node is YamlScalar { Plain: true, Value: "" })
                    {
                        return Value.List(new CelList([], node.Span));
                    }
                    return WrongType(node, "a list", path);
                }
                var items = new Value[seq.Items.Count];
                var spans = new SourceSpan?[seq.Items.Count];
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    items[i] = Convert(seq.Items[i], list.Item, $"{path}[{i}]");
                    spans[i] = seq.Items[i].Span;
                }
                if (list.Item is ObjectType itemType && itemType.Find("id") is not null)
                {
                    RegisterIds(itemType.Title, items, spans);
                }
                return Value.List(new CelList(items, seq.Span, spans));
            case ScalarType scalar:
                return ConvertScalar(node, scalar, path);
            default:
                return Value.Null;
        }
    }

    private Value ConvertObject(YamlNode node, ObjectType obj, string path)
    {
        if (node is not YamlMapping map)
        {
            return WrongType(node, $"a mapping (the {obj.Title}: key: value pairs)", path);
        }
        var entries = new List<CelMap.Entry>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        var (thousands, swallowed) = ThousandsInBraces(map);
        foreach (var (key, value) in map.Entries)
        {
            if (swallowed.Contains(key))
            {
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateId, $"duplicate key `{key.Value}` (first written at line {first.Line})", key.Span, "Keep one of the two.");
                continue;
            }
            seen[key.Value] = key.Span;
            var field = obj.Find(key.Value);
            if (field is null)
            {
                var suggestion = Suggestions.Closest(key.Value, obj.Fields.Select(f => f.Key));
                if (suggestion is not null)
                {
                    suggested.Add(suggestion);
                }
                var where = path.Length == 0 ? "at the top level" : $"in `{path}`";
                _diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    suggestion is null ? $"unknown key `{key.Value}` {where}" : $"unknown key `{key.Value}` {where}; did you mean `{suggestion}`?",
                    key.Span,
                    $"Known keys here: {string.Join(", ", obj.Fields.Select(f => f.Key))}.");
                continue;
            }
            // The schema's key is an interned literal, so field lookups in expressions can compare references.
            var converted = thousands.TryGetValue(key, out var meant) ? Value.Int(meant) : Convert(value, field.Type, Join(path, key.Value));
            entries.Add(new CelMap.Entry(Value.String(field.Key), converted, key.Span, value.Span));
        }
        // A required key that an unknown key was taken for is the same mistake: report it once.
        foreach (var field in obj.Fields.Where(f => f.Required && !seen.ContainsKey(f.Key) && !suggested.Contains(f.Key)))
        {
            var example = field.Example is null ? "" : $", e.g. `{field.Key}: {field.Example}`";
            _diagnostics.Error(DiagnosticCodes.MissingKey, $"missing required key `{field.Key}` in {(path.Length == 0 ? "the project file" : $"`{path}`")}", map.Span, $"Add {field.Key} ({field.Description.TrimEnd('.')}){example}.");
        }
        var result = new CelMap([.. entries], map.Span);
        RegisterExpressions(result, obj, path, isDerived: false);
        return Value.Map(result);
    }

    private Value WrongType(YamlNode node, string expected, string path)
    {
        var found = node is YamlScalar s ? (s.Plain && s.Value.Length == 0 ? "nothing" : $"`{Shorten(s.Value)}`") : node.KindName;
        _diagnostics.Error(DiagnosticCodes.WrongType, $"`{path}` should be {expected}, found {found}", node.Span, HintFor(expected));
        return Value.Null;
    }

    private static string HintFor(string expected) => expected switch
    {
        "a list" => "Write a list as `[a, b]` or as lines starting with `- `.",
        _ when expected.StartsWith("a mapping", StringComparison.Ordinal) => "Write the keys indented under this one, `key: value` per line.",
        _ => $"Write {expected}.",
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..37] + "..." : s;

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex YearMonthPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    private Value ConvertScalar(YamlNode node, ScalarType type, string path)
    {
        if (node is not YamlScalar s)
        {
            return WrongType(node, type.Enum is null ? DescribeScalar(type) : $"one of {string.Join(", ", type.Enum)}", path);
        }
        var value = YamlValues.Scalar(s);
        if (value.Kind == ValueKind.String && value.AsString.StartsWith('=') && type.AllowExpression)
        {
            // Bound later, once the whole project is known.
            return Value.Error($"`{path}` is computed by an expression that has not been evaluated yet; move it to `derived` to use it here");
        }
        if (value.Kind == ValueKind.Null)
        {
            return WrongType(node, DescribeScalar(type), path);
        }
        if (value.Kind == ValueKind.String && TryNumberAsWritten(s, type, path, out var asWritten))
        {
            return asWritten;
        }
        if (value.Kind == ValueKind.Double && TryDotAsThousands(s, type, value, path, out var corrected))
        {
            return corrected;
        }
        if (!CheckScalar(value, type, s, path))
        {
            return value;
        }
        switch (type.Kind)
        {
            case ScalarKind.Int:
                if (value.Kind == ValueKind.Double && value.AsDouble == Math.Floor(value.AsDouble) && Math.Abs(value.AsDouble) < 1e15)
                {
                    return Value.Int((long)value.AsDouble);
                }
                return value.Kind == ValueKind.Int ? value : WrongType(node, DescribeScalar(type), path);
            case ScalarKind.Number:
                return value.IsNumber ? value : WrongType(node, DescribeScalar(type), path);
            case ScalarKind.Ratio:
                if (!value.IsNumber)
                {
                    return WrongType(node, DescribeScalar(type), path);
                }
                if (value.AsNumber is < 0 or > 1)
                {
                    var asPercent = value.AsNumber is > 1 and <= 100 ? $": write {NumberHints.Share(value.AsNumber / 100)} for {s.Value.Trim()}%" : "";
                    _diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` is a share and must be between 0 and 1, found {s.Value}{asPercent}", s.Span, $"Write a share as a decimal: 60% is 0.6.");
                }
                return value;
            case ScalarKind.Bool:
                return value.Kind == ValueKind.Bool ? value : WrongType(node, DescribeScalar(type), path);
            case ScalarKind.YearMonth:
                if (!YearMonthPattern().IsMatch(s.Value))
                {
                    _diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` should be a year and month like 2027-03, found `{Shorten(s.Value)}`", s.Span, "Write YYYY-MM, e.g. `start: 2027-03`.");
                }
                return Value.String(s.Value);
            default:
                var text = value.Kind == ValueKind.String ? value.AsString : s.Value;
                if (type.Enum is not null && !type.Enum.Contains(text))
                {
                    var suggestion = Suggestions.Closest(text, type.Enum);
                    _diagnostics.Error(DiagnosticCodes.BadValue,
                        $"`{Shorten(text)}` is not a valid value for `{path}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"),
                        s.Span, $"Use one of: {string.Join(", ", type.Enum)}.");
                }
                if (type.RefersTo is not null)
                {
                    _references.Add((type.RefersTo, text, s.Span));
                }
                return Value.String(text);
        }
    }

    private static string DescribeScalar(ScalarType type) => type.Kind switch
    {
        ScalarKind.Int => "a whole number",
        ScalarKind.Number => type.AllowExpression ? "a number or an `=` expression" : "a number",
        ScalarKind.Ratio => "a share between 0 and 1",
        ScalarKind.Bool => "true or false",
        ScalarKind.YearMonth => "a year and month like 2027-03",
        _ => "text",
    };

    private void RegisterIds(string kind, Value[] items, SourceSpan?[] spans)
    {
        // Outputs and activities of all components share one namespace each, as do all other kinds.
        if (!_ids.TryGetValue(kind, out var known))
        {
            _ids[kind] = known = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Kind != ValueKind.Map || !items[i].AsMap.TryGet("id", out var id) || id.Kind != ValueKind.String)
            {
                continue;
            }
            var span = items[i].AsMap.EntryFor("id")!.Value.ValueSpan ?? spans[i]!;
            if (!CheckId(kind, id.AsString, span))
            {
                continue;
            }
            if (known.TryGetValue(id.AsString, out var first))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateId, $"duplicate {kind} id `{id.AsString}` (first defined at line {first.Line})", span, "Give each one its own id.");
            }
            else
            {
                known[id.AsString] = span;
            }
        }
    }

    private void CheckReferences()
    {
        foreach (var (target, id, span) in _references)
        {
            var kinds = target == ProjectSchema.ActorOrBody ? new[] { "actor", "governance body" } : [target];
            if (kinds.Any(k => _ids.TryGetValue(k, out var ids) && ids.ContainsKey(id)))
            {
                continue;
            }
            var candidates = kinds.SelectMany(k => _ids.TryGetValue(k, out var ids) ? ids.Keys : Enumerable.Empty<string>()).ToList();
            var suggestion = Suggestions.Closest(id, candidates);
            var listed = target == ProjectSchema.Indicator ? "indicators" : target == ProjectSchema.Actor ? "actors" : "actors or governance.bodies";
            _diagnostics.Error(DiagnosticCodes.UnknownReference,
                UnknownReferenceMessage(target, id, suggestion),
                span, $"Use the id of one of the {listed}, or add it there.");
        }
    }

    private void RegisterExpressions(CelMap owner, ObjectType? ownerType, string path, bool isDerived)
    {
        var entries = owner.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            if (!(e.Value.IsError && e.ValueSpan is not null))
            {
                continue;
            }
            var span = e.ValueSpan;
            var raw = _locator.Text.Substring(span.Start, span.End - span.Start);
            var quoted = raw.Length > 0 && (raw[0] == '\'' || raw[0] == '"');
            var scalarText = quoted ? raw[1..^1] : raw;
            var eq = scalarText.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }
            var name = e.Key.AsString;
            var text = scalarText[(eq + 1)..];
            if (quoted && raw[0] == '"')
            {
                // Escapes in double quotes would shift offsets; the YAML value holds the unescaped text.
                text = text.Replace("\\\"", "\"", StringComparison.Ordinal);
            }
            _expressions.Add(new PendingExpression(Join(path, name), owner, i, ownerType, text, span.Start + (quoted ? 1 : 0) + eq + 1, span, isDerived, isDerived ? name : null));
        }
    }

    private IReadOnlyList<ComputedField> BindExpressions(CelMap root, ProjectScope scope)
    {
        var derivedNames = _expressions.Where(p => p.IsDerived).ToDictionary(p => p.DerivedName!, StringComparer.Ordinal);
        if (root.TryGet("derived", out var derivedMap) && derivedMap.Kind == ValueKind.Map)
        {
            foreach (var entry in derivedMap.AsMap.Entries)
            {
                if (!derivedNames.ContainsKey(entry.Key.AsString))
                {
                    _diagnostics.Error(DiagnosticCodes.BadValue, $"`derived.{entry.Key.AsString}` must be an `=` expression", entry.ValueSpan!, $"Write it as `{entry.Key.AsString}: = <expression>`.");
                }
            }
        }
        var compiled = new Dictionary<PendingExpression, CompiledExpression>();
        foreach (var p in _expressions)
        {
            if (!ExpressionEngine.TryCompile(p.Text, out var c, out var error))
            {
                _diagnostics.Error(DiagnosticCodes.ExpressionSyntax, $"expression in `{p.Path}`: {error!.Message}", _locator.Span(p.TextOffset + error.Start, p.TextOffset + error.End), "Fix the expression; see docs/expressions.md for the language.");
                continue;
            }
            var before = _diagnostics.Count;
            CheckNames(p, c!.Syntax, derivedNames.Keys);
            foreach (var warning in c.Warnings)
            {
                _diagnostics.Error(DiagnosticCodes.ExpressionUnknownName, $"expression in `{p.Path}`: {warning.Message}", _locator.Span(p.TextOffset + warning.Start, p.TextOffset + warning.End), "See docs/expressions.md for the functions.");
            }
            if (_diagnostics.Count == before)
            {
                // An expression that names something unknown is reported once, not again when it fails to evaluate.
                compiled[p] = c;
            }
        }

        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        var evaluating = new List<string>();
        var results = new Dictionary<string, Value>(StringComparer.Ordinal);
        scope.Derived = name =>
        {
            if (!derivedNames.TryGetValue(name, out var p))
            {
                return null;
            }
            if (results.TryGetValue(name, out var done))
            {
                return done;
            }
            if (evaluating.Contains(name))
            {
                var cycle = evaluating.SkipWhile(n => n != name).Append(name);
                var message = $"derived values form a cycle: {string.Join(" → ", cycle)}";
                _diagnostics.Error(DiagnosticCodes.DerivedCycle, message, _locator.Span(p.TextOffset, p.TextOffset + p.Text.Length), "Break the cycle: one of these values must be computed without the others.");
                return Value.Error(message);
            }
            if (!compiled.TryGetValue(p, out var c))
            {
                return Value.Error($"derived value `{name}` has an error");
            }
            evaluating.Add(name);
            // Evaluate what this value uses first, so that `derived.x` reads a computed value, not a placeholder.
            foreach (var used in DerivedNamesUsed(c.Syntax, derivedNames.Keys))
            {
                if (scope.Derived!(used) is { IsError: true } failed && failed.AsError.Message.StartsWith("derived values form a cycle", StringComparison.Ordinal))
                {
                    evaluating.RemoveAt(evaluating.Count - 1);
                    results[name] = failed;
                    return failed;
                }
            }
            var v = c.Evaluate(scope);
            evaluating.RemoveAt(evaluating.Count - 1);
            results[name] = v;
            p.Owner.SetValue(p.Index, v);
            return v;
        };

        foreach (var name in derivedNames.Keys)
        {
            scope.Derived(name);
        }
        var computed = new List<ComputedField>();
        foreach (var p in _expressions)
        {
            if (!compiled.TryGetValue(p, out var c))
            {
                continue;
            }
            Value v;
            if (p.IsDerived)
            {
                v = scope.Derived(p.DerivedName!)!.Value;
            }
            else
            {
                v = c.Evaluate(new MapScope(p.Owner, scope));
                p.Owner.SetValue(p.Index, v);
            }
            if (v.IsError && !v.AsError.Message.StartsWith("derived values form a cycle", StringComparison.Ordinal))
            {
                var e = v.AsError;
                var start = e.ExprStart >= 0 ? p.TextOffset + e.ExprStart : p.TextOffset;
                var end = e.ExprEnd >= 0 ? p.TextOffset + e.ExprEnd : p.TextOffset + p.Text.Length;
                _diagnostics.Error(DiagnosticCodes.ExpressionEvaluation, $"expression in `{p.Path}` gave an error: {e.Message}", _locator.Span(start, end), "Check the names and types the expression uses.");
            }
            else if (!v.IsError)
            {
                CheckComputed(p.OwnerType, p.Path, v, p.Span);
            }
            computed.Add(new ComputedField(p.Path, p.Text.Trim(), v, p.Span));
        }
        return computed;
    }

    /// <summary>The derived values an expression names, bare (<c>x</c>) or through the section (<c>derived.x</c>).</summary>
    private static IEnumerable<string> DerivedNamesUsed(Expr syntax, IEnumerable<string> derivedNames)
    {
        var names = derivedNames.ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        ExprWalk.Visit(syntax, (node, locals) =>
        {
            switch (node)
            {
                case IdentExpr id when names.Contains(id.Name) && !locals.Contains(id.Name):
                    found.Add(id.Name);
                    return false;
                case SelectExpr { Operand: IdentExpr { Name: "derived" } } s when names.Contains(s.Field):
                    found.Add(s.Field);
                    return false;
                default:
                    return true;
            }
        });
        return found.Distinct();
    }

    /// <summary>Reports names an expression uses that the project cannot have, with a suggestion.</summary>
    private void CheckNames(PendingExpression p, Expr syntax, IEnumerable<string> derivedNames)
    {
        var derived = derivedNames.ToHashSet(StringComparer.Ordinal);
        ExprWalk.Visit(syntax, (node, locals) =>
        {
            var set = locals as HashSet<string> ?? [.. locals];
            switch (node)
            {
                case IdentExpr id:
                    CheckRootName(p, id, set, derived);
                    return false;
                case SelectExpr sel:
                    // A path the format knows is checked whole; otherwise its parts are visited.
                    return !CheckPath(p, sel, set, derived);
                default:
                    return true;
            }
        });
    }

    private bool IsKnownRoot(PendingExpression p, string name, HashSet<string> locals, HashSet<string> derived) =>
        locals.Contains(name) || derived.Contains(name) || CelType.ByName.ContainsKey(name)
        || ProjectSchema.Root.Find(name) is not null
        || (p.OwnerType?.Find(name) is not null)
        || p.Owner.ContainsKey(Value.String(name));

    private void CheckRootName(PendingExpression p, IdentExpr id, HashSet<string> locals, HashSet<string> derived)
    {
        if (IsKnownRoot(p, id.Name, locals, derived))
        {
            return;
        }
        var candidates = ProjectSchema.Root.Fields.Select(f => f.Key).Concat(derived).Concat(p.OwnerType?.Fields.Select(f => f.Key) ?? []);
        var suggestion = Suggestions.Closest(id.Name, candidates);
        _diagnostics.Error(DiagnosticCodes.ExpressionUnknownName,
            $"expression in `{p.Path}` names `{id.Name}`, which is not a field, a section or a derived value" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"),
            _locator.Span(p.TextOffset + id.Start, p.TextOffset + id.End),
            "Inside an object, names are its own fields first, then the top-level sections, then `derived`.");
    }

    /// <summary>Checks <c>a.b.c</c> against the format where the format knows the object; true when handled.</summary>
    private bool CheckPath(PendingExpression p, SelectExpr sel, HashSet<string> locals, HashSet<string> derived)
    {
        var chain = new List<SelectExpr>();
        Expr cursor = sel;
        while (cursor is SelectExpr s && !s.TestOnly)
        {
            chain.Add(s);
            cursor = s.Operand;
        }
        if (cursor is not IdentExpr root || locals.Contains(root.Name) || derived.Contains(root.Name))
        {
            return false;
        }
        if (!IsKnownRoot(p, root.Name, locals, derived))
        {
            CheckRootName(p, root, locals, derived);
            return true;
        }
        SchemaType? type = p.OwnerType?.Find(root.Name)?.Type ?? ProjectSchema.Root.Find(root.Name)?.Type;
        chain.Reverse();
        var path = root.Name;
        foreach (var s in chain)
        {
            if (type is not ObjectType obj)
            {
                break;
            }
            var field = obj.Find(s.Field);
            if (field is null)
            {
                var suggestion = Suggestions.Closest(s.Field, obj.Fields.Select(f => f.Key));
                _diagnostics.Error(DiagnosticCodes.ExpressionUnknownName,
                    $"expression in `{p.Path}`: `{path}` has no field `{s.Field}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"),
                    _locator.Span(p.TextOffset + s.End - s.Field.Length, p.TextOffset + s.End),
                    $"Fields of {obj.Title}: {string.Join(", ", obj.Fields.Select(f => f.Key))}.");
                return true;
            }
            path += "." + s.Field;
            type = field.Type;
        }
        return true;
    }
}
