using Designer.Localization;
using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Projects.Loading;

/// <summary>
/// The second step of loading: converts the YAML tree into values against the format (unknown keys, types,
/// required keys, enumerations), handing ids and references to the <see cref="ReferenceChecker"/> and
/// <c>=</c> fields to the <see cref="ExpressionBinder"/>.
/// </summary>
internal sealed partial class SchemaBinder(TextLocator locator, DiagnosticBag diagnostics, ReferenceChecker references)
{
    private readonly List<PendingExpression> _expressions = [];

    /// <summary>The <c>=</c> fields found, in document order.</summary>
    public IReadOnlyList<PendingExpression> Expressions => _expressions;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public Value Convert(YamlNode node, SchemaType type, string path)
    {
        switch (type)
        {
            case ObjectType obj:
                return ConvertObject(node, obj, path);
            case DictionaryType { Keys: DictionaryKeys.Years } years:
                return ConvertYears(node, years, path);
            case DictionaryType dict:
                return ConvertDictionary(node, dict, path);
            case ChoiceType choice:
                return ConvertChoice(node, choice, path);
            case ListType list:
                return ConvertList(node, list, path);
            case ScalarType scalar:
                return ConvertScalar(node, scalar, path);
            default:
                return Value.Null;
        }
    }

    private Value ConvertDictionary(YamlNode node, DictionaryType dict, string path)
    {
        if (node is not YamlMapping dm)
        {
            return WrongType(node, LocalText.Of("expect.names-to-values"), ExpectedShape.Mapping, path);
        }
        var entries = new List<CelMap.Entry>();
        foreach (var (key, value) in dm.Entries)
        {
            if (!IdentifierPattern().IsMatch(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.derived-name", ("key", key.Value)), key.Span, LocalText.Of("schema.derived-name.hint"));
                continue;
            }
            entries.Add(new CelMap.Entry(Value.String(key.Value), Convert(value, dict.Value, Join(path, key.Value)), key.Span, value.Span));
        }
        var map = new CelMap([.. entries], dm.Span);
        RegisterExpressions(map, null, path, isDerived: true);
        return Value.Map(map);
    }

    /// <summary>The alternative written: a scalar, a list or a mapping, by the shape of the node.</summary>
    private Value ConvertChoice(YamlNode node, ChoiceType choice, string path)
    {
        var chosen = choice.Alternatives.FirstOrDefault(a => node switch
        {
            YamlScalar => a is ScalarType,
            YamlSequence => a is ListType,
            YamlMapping => a is ObjectType or DictionaryType,
            _ => false,
        });
        if (chosen is not null)
        {
            return Convert(node, chosen, path);
        }
        var expected = choice.Alternatives.Select(Describe).Aggregate((first, second) => LocalText.Of("expect.either", ("first", first), ("second", second)));
        return WrongType(node, expected, ExpectedShape.Scalar, path);
    }

    private static LocalText Describe(SchemaType type) => type switch
    {
        ScalarType { Enum: { } values } => OneOf(values),
        ScalarType scalar => DescribeScalar(scalar),
        ListType => LocalText.Of("expect.list"),
        ObjectType obj => ObjectMapping(obj),
        _ => LocalText.Of("expect.mapping"),
    };

    private static LocalText OneOf(IEnumerable<string> values) => LocalText.Of("expect.one-of", ("values", string.Join(", ", values)));

    private static LocalText ObjectMapping(ObjectType obj) => LocalText.Of("expect.object", ("title", obj.Title));

    /// <summary>A mapping of calendar years to values (<c>milestones</c>, <c>by_year</c>); the keys become whole numbers.</summary>
    private Value ConvertYears(YamlNode node, DictionaryType dict, string path)
    {
        if (node is not YamlMapping dm)
        {
            return WrongType(node, LocalText.Of("expect.years"), ExpectedShape.Mapping, path);
        }
        var entries = new List<CelMap.Entry>();
        var seen = new Dictionary<int, SourceSpan>();
        foreach (var (key, value) in dm.Entries)
        {
            if (!YearPattern().IsMatch(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.not-a-year", ("key", Shorten(key.Value)), ("path", path)), key.Span, LocalText.Of("schema.not-a-year.hint"));
                continue;
            }
            var year = int.Parse(key.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (seen.TryGetValue(year, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("schema.duplicate-year", ("year", year), ("path", path), ("line", first.Line)), key.Span, LocalText.Of("schema.keep-one"));
                continue;
            }
            seen[year] = key.Span;
            entries.Add(new CelMap.Entry(Value.Int(year), Convert(value, dict.Value, $"{path}.{year}"), key.Span, value.Span));
        }
        var map = new CelMap([.. entries], dm.Span);
        RegisterExpressions(map, null, path, isDerived: false);
        return Value.Map(map);
    }

    private Value ConvertList(YamlNode node, ListType list, string path)
    {
        if (node is not YamlSequence seq)
        {
            if (node is YamlScalar { Plain: true, Value: "" })
            {
                return Value.List(new CelList([], node.Span));
            }
            return WrongType(node, LocalText.Of("expect.list"), ExpectedShape.List, path);
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
            references.AddIds(itemType.Title, items, spans);
        }
        return Value.List(new CelList(items, seq.Span, spans));
    }

    private Value ConvertObject(YamlNode node, ObjectType obj, string path)
    {
        if (node is not YamlMapping map)
        {
            return WrongType(node, ObjectMapping(obj), ExpectedShape.Mapping, path);
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
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("schema.duplicate-key", ("key", key.Value), ("line", first.Line)), key.Span, LocalText.Of("schema.keep-one"));
                continue;
            }
            seen[key.Value] = key.Span;
            var field = obj.Find(key.Value);
            if (field is { Computed: true })
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, LocalText.Of("schema.computed-key", ("key", key.Value), ("where", Where(path))), key.Span, LocalText.Of("schema.computed-key.hint", ("key", key.Value)));
                continue;
            }
            if (field is null)
            {
                var suggestion = Suggestions.Closest(key.Value, obj.Fields.Select(f => f.Key));
                if (suggestion is not null)
                {
                    suggested.Add(suggestion);
                }
                var where = path.Length == 0 ? LocalText.Of("schema.at-top-level") : LocalText.Of("schema.in-path", ("path", path));
                diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    suggestion is null ? LocalText.Of("schema.unknown-key", ("key", key.Value), ("where", where)) : LocalText.Of("schema.unknown-key-suggest", ("key", key.Value), ("where", where), ("suggestion", suggestion)),
                    key.Span,
                    LocalText.Of("schema.unknown-key.hint", ("keys", string.Join(", ", obj.Fields.Select(f => f.Key)))));
                continue;
            }
            // The schema's key is an interned literal, so field lookups in expressions can compare references.
            var converted = thousands.TryGetValue(key, out var meant) ? Value.Int(meant) : Convert(value, field.Type, Join(path, key.Value));
            entries.Add(new CelMap.Entry(Value.String(field.Key), converted, key.Span, value.Span));
        }
        // A required key that an unknown key was taken for is the same mistake: report it once.
        foreach (var field in obj.Fields.Where(f => f.Required && !seen.ContainsKey(f.Key) && !suggested.Contains(f.Key)))
        {
            var description = FieldDescriptions.Of(obj, field);
            var hint = field.Example is null
                ? LocalText.Of("schema.missing-key.hint", ("key", field.Key), ("description", description))
                : LocalText.Of("schema.missing-key.hint-example", ("key", field.Key), ("description", description), ("example", field.Example));
            diagnostics.Error(DiagnosticCodes.MissingKey, LocalText.Of("schema.missing-key", ("key", field.Key), ("where", Where(path))), map.Span, hint);
        }
        if (obj.HasLinks)
        {
            // Filled in by the LinkResolver once every id is known; a place now keeps the map's shape fixed.
            entries.Add(new CelMap.Entry(Value.String(LinkResolver.Key), Value.Null));
        }
        var result = new CelMap([.. entries], map.Span);
        RegisterExpressions(result, obj, path, isDerived: false);
        return Value.Map(result);
    }

    private Value WrongType(YamlNode node, LocalText expected, ExpectedShape shape, string path)
    {
        var found = node switch
        {
            YamlScalar { Plain: true, Value.Length: 0 } => LocalText.Of("found.nothing"),
            YamlScalar s => LocalText.Of("found.value", ("value", Shorten(s.Value))),
            YamlMapping => LocalText.Of("found.mapping"),
            _ => LocalText.Of("found.list"),
        };
        diagnostics.Error(DiagnosticCodes.WrongType, LocalText.Of("schema.wrong-type", ("path", path), ("expected", expected), ("found", found)), node.Span, HintFor(expected, shape));
        return Value.Null;
    }

    /// <summary>Where a key is, in the words of a message: the project file, or a path in it.</summary>
    private static LocalText Where(string path) =>
        path.Length == 0 ? LocalText.Of("schema.the-project-file") : LocalText.Of("schema.path", ("path", path));

    private static LocalText HintFor(LocalText expected, ExpectedShape shape) => shape switch
    {
        ExpectedShape.List => LocalText.Of("schema.wrong-type.list-hint"),
        ExpectedShape.Mapping => LocalText.Of("schema.wrong-type.mapping-hint"),
        _ => LocalText.Of("schema.wrong-type.hint", ("expected", expected)),
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..37] + "..." : s;

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex YearMonthPattern();

    [GeneratedRegex(@"^(19|20|21)[0-9]{2}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    private Value ConvertScalar(YamlNode node, ScalarType type, string path)
    {
        if (node is not YamlScalar s)
        {
            return WrongType(node, type.Enum is null ? DescribeScalar(type) : OneOf(type.Enum), ExpectedShape.Scalar, path);
        }
        var value = YamlValues.Scalar(s);
        if (value.Kind == ValueKind.String && value.AsString.StartsWith('=') && type.AllowExpression)
        {
            // Bound later, once the whole project is known.
            return Value.Error($"`{path}` is computed by an expression that has not been evaluated yet; move it to `derived` to use it here");
        }
        if (value.Kind == ValueKind.Null)
        {
            return WrongType(node, DescribeScalar(type), ExpectedShape.Scalar, path);
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
                return value.Kind == ValueKind.Int ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar, path);
            case ScalarKind.Number:
                return value.IsNumber ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar, path);
            case ScalarKind.Ratio:
                if (!value.IsNumber)
                {
                    return WrongType(node, DescribeScalar(type), ExpectedShape.Scalar, path);
                }
                if (value.AsNumber is < 0 or > 1)
                {
                    var message = value.AsNumber is > 1 and <= 100
                        ? LocalText.Of("schema.share-range-percent", ("path", path), ("value", s.Value), ("share", NumberHints.Share(value.AsNumber / 100)), ("percent", s.Value.Trim()))
                        : LocalText.Of("schema.share-range", ("path", path), ("value", s.Value));
                    diagnostics.Error(DiagnosticCodes.BadValue, message, s.Span, LocalText.Of("schema.share-range.hint"));
                }
                return value;
            case ScalarKind.Bool:
                return value.Kind == ValueKind.Bool ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar, path);
            case ScalarKind.YearMonth:
                if (!YearMonthPattern().IsMatch(s.Value))
                {
                    diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.year-month", ("path", path), ("value", Shorten(s.Value))), s.Span, LocalText.Of("schema.year-month.hint"));
                }
                return Value.String(s.Value);
            default:
                var text = value.Kind == ValueKind.String ? value.AsString : s.Value;
                if (type.Enum is not null && !type.Enum.Contains(text))
                {
                    var suggestion = Suggestions.Closest(text, type.Enum);
                    diagnostics.Error(DiagnosticCodes.BadValue,
                        suggestion is null
                            ? LocalText.Of("schema.bad-choice", ("value", Shorten(text)), ("path", path))
                            : LocalText.Of("schema.bad-choice-suggest", ("value", Shorten(text)), ("path", path), ("suggestion", suggestion)),
                        s.Span, LocalText.Of("schema.bad-choice.hint", ("values", string.Join(", ", type.Enum))));
                }
                if (type.RefersTo is not null)
                {
                    references.AddReference(type.RefersTo, text, s.Span);
                }
                return Value.String(text);
        }
    }

    private static LocalText DescribeScalar(ScalarType type) => LocalText.Of(type.Kind switch
    {
        ScalarKind.Int => "expect.whole-number",
        ScalarKind.Number => type.AllowExpression ? "expect.number-or-expression" : "expect.number",
        ScalarKind.Ratio => "expect.share",
        ScalarKind.Bool => "expect.true-or-false",
        ScalarKind.YearMonth => "expect.year-month",
        _ => "expect.text",
    });

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
            var raw = locator.Text.Substring(span.Start, span.End - span.Start);
            var quoted = raw.Length > 0 && (raw[0] == '\'' || raw[0] == '"');
            var scalarText = quoted ? raw[1..^1] : raw;
            var eq = scalarText.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }
            var name = e.Key.Kind == ValueKind.String ? e.Key.AsString : ValueFormatter.ToLiteral(e.Key);
            var text = scalarText[(eq + 1)..];
            if (quoted && raw[0] == '"')
            {
                // Escapes in double quotes would shift offsets; the YAML value holds the unescaped text.
                text = text.Replace("\\\"", "\"", StringComparison.Ordinal);
            }
            _expressions.Add(new PendingExpression(Join(path, name), owner, i, ownerType, text, span.Start + (quoted ? 1 : 0) + eq + 1, span, isDerived ? name : null));
        }
    }
}
