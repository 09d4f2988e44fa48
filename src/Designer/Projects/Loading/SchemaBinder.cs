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

    // Where the binder is; written out as text only for a message or an expression.
    private readonly BindingPath _path = new();

    /// <summary>The <c>=</c> fields found, in document order.</summary>
    public IReadOnlyList<PendingExpression> Expressions => _expressions;

    /// <summary>Converts a node at the top of the file (or under the keys pushed so far).</summary>
    public Value Convert(YamlNode node, SchemaType type)
    {
        switch (type)
        {
            case ObjectType obj:
                return ConvertObject(node, obj);
            case DictionaryType { Keys: DictionaryKeys.Years } years:
                return ConvertYears(node, years);
            case DictionaryType dict:
                return ConvertDictionary(node, dict);
            case ChoiceType choice:
                return ConvertChoice(node, choice);
            case ListType list:
                return ConvertList(node, list);
            case ScalarType scalar:
                return ConvertScalar(node, scalar);
            default:
                return Value.Null;
        }
    }

    private Value ConvertKey(YamlNode node, SchemaType type, string key)
    {
        _path.PushKey(key);
        var value = Convert(node, type);
        _path.Pop();
        return value;
    }

    private Value ConvertDictionary(YamlNode node, DictionaryType dict)
    {
        if (node is not YamlMapping dm)
        {
            return WrongType(node, LocalText.Of("expect.names-to-values"), ExpectedShape.Mapping);
        }
        var entries = new CelMap.Entry[dm.Entries.Count];
        var count = 0;
        foreach (var (key, value) in dm.Entries)
        {
            if (!IdentifierPattern().IsMatch(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.derived-name", ("key", key.Value)), key.Span, LocalText.Of("schema.derived-name.hint"));
                continue;
            }
            entries[count++] = new CelMap.Entry(Value.String(key.Value), ConvertKey(value, dict.Value, key.Value), key.Span, value.Span);
        }
        var map = new CelMap(Trimmed(entries, count), dm.Span);
        RegisterExpressions(map, null, isDerived: true);
        return Value.Map(map);
    }

    /// <summary>The entries filled; the array itself when every place was (no copy in the common case).</summary>
    private static CelMap.Entry[] Trimmed(CelMap.Entry[] entries, int count)
    {
        if (count < entries.Length)
        {
            Array.Resize(ref entries, count);
        }
        return entries;
    }

    /// <summary>The alternative written: a scalar, a list or a mapping, by the shape of the node.</summary>
    private Value ConvertChoice(YamlNode node, ChoiceType choice)
    {
        // By index: a foreach over the interface would make an enumerator for every choice bound.
        for (var a = 0; a < choice.Alternatives.Count; a++)
        {
            var alternative = choice.Alternatives[a];
            var fits = node switch
            {
                YamlScalar => alternative is ScalarType,
                YamlSequence => alternative is ListType,
                YamlMapping => alternative is ObjectType or DictionaryType,
                _ => false,
            };
            if (fits)
            {
                return Convert(node, alternative);
            }
        }
        var expected = choice.Alternatives.Select(Describe).Aggregate((first, second) => LocalText.Of("expect.either", ("first", first), ("second", second)));
        return WrongType(node, expected, ExpectedShape.Scalar);
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
    private Value ConvertYears(YamlNode node, DictionaryType dict)
    {
        if (node is not YamlMapping dm)
        {
            return WrongType(node, LocalText.Of("expect.years"), ExpectedShape.Mapping);
        }
        var entries = new CelMap.Entry[dm.Entries.Count];
        var count = 0;
        foreach (var (key, value) in dm.Entries)
        {
            if (!YearPattern().IsMatch(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.not-a-year", ("key", Shorten(key.Value)), ("path", _path.ToString())), key.Span, LocalText.Of("schema.not-a-year.hint"));
                continue;
            }
            var year = int.Parse(key.Value, System.Globalization.CultureInfo.InvariantCulture);
            // A year's entry is a whole number key: the first one of the same year is among those kept so far.
            var firstIndex = IndexOfYear(entries, count, year);
            if (firstIndex >= 0)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("schema.duplicate-year", ("year", year), ("path", _path.ToString()), ("line", entries[firstIndex].KeySpan!.Line)), key.Span, LocalText.Of("schema.keep-one"));
                continue;
            }
            _path.PushYear(year);
            var converted = Convert(value, dict.Value);
            _path.Pop();
            entries[count++] = new CelMap.Entry(Value.Int(year), converted, key.Span, value.Span);
        }
        var map = new CelMap(Trimmed(entries, count), dm.Span);
        RegisterExpressions(map, null, isDerived: false);
        return Value.Map(map);
    }

    private static int IndexOfYear(CelMap.Entry[] entries, int count, int year)
    {
        for (var i = 0; i < count; i++)
        {
            if (entries[i].Key.AsInt == year)
            {
                return i;
            }
        }
        return -1;
    }

    private Value ConvertList(YamlNode node, ListType list)
    {
        if (node is not YamlSequence seq)
        {
            if (node is YamlScalar { Plain: true, Value: "" })
            {
                return Value.List(new CelList([], node.Span));
            }
            return WrongType(node, LocalText.Of("expect.list"), ExpectedShape.List);
        }
        var items = new Value[seq.Items.Count];
        var spans = new SourceSpan?[seq.Items.Count];
        for (var i = 0; i < seq.Items.Count; i++)
        {
            _path.PushIndex(i);
            items[i] = Convert(seq.Items[i], list.Item);
            _path.Pop();
            spans[i] = seq.Items[i].Span;
        }
        if (list.Item is ObjectType itemType && itemType.Find("id") is not null)
        {
            references.AddIds(itemType.Title, items, spans);
        }
        return Value.List(new CelList(items, seq.Span, spans));
    }

    private Value ConvertObject(YamlNode node, ObjectType obj)
    {
        if (node is not YamlMapping map)
        {
            return WrongType(node, ObjectMapping(obj), ExpectedShape.Mapping);
        }
        var source = map.Entries;
        // One place per key written, and one for the links: no copy unless a key is dropped.
        var entries = new CelMap.Entry[source.Count + (obj.HasLinks ? 1 : 0)];
        var count = 0;
        // Duplicate keys: a look back over a short mapping, a table for a long one.
        var seen = source.Count > ShortMapping ? new Dictionary<string, SourceSpan>(StringComparer.Ordinal) : null;
        HashSet<string>? suggested = null;
        var (thousands, swallowed) = ThousandsInBraces(map);
        for (var i = 0; i < source.Count; i++)
        {
            var (key, value) = source[i];
            if (swallowed is not null && swallowed.Contains(key))
            {
                continue;
            }
            var first = seen is null ? FirstWritten(source, i, key.Value, swallowed) : seen.GetValueOrDefault(key.Value);
            if (first is not null)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("schema.duplicate-key", ("key", key.Value), ("line", first.Line)), key.Span, LocalText.Of("schema.keep-one"));
                continue;
            }
            seen?.Add(key.Value, key.Span);
            var field = obj.Find(key.Value);
            if (field is { Computed: true })
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, LocalText.Of("schema.computed-key", ("key", key.Value), ("where", Where(_path.ToString()))), key.Span, LocalText.Of("schema.computed-key.hint", ("key", key.Value)));
                continue;
            }
            if (field is null)
            {
                var suggestion = Suggestions.Closest(key.Value, obj.Fields.Select(f => f.Key));
                if (suggestion is not null)
                {
                    (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                }
                var path = _path.ToString();
                var where = path.Length == 0 ? LocalText.Of("schema.at-top-level") : LocalText.Of("schema.in-path", ("path", _path.ToString()));
                diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    suggestion is null ? LocalText.Of("schema.unknown-key", ("key", key.Value), ("where", where)) : LocalText.Of("schema.unknown-key-suggest", ("key", key.Value), ("where", where), ("suggestion", suggestion)),
                    key.Span,
                    LocalText.Of("schema.unknown-key.hint", ("keys", string.Join(", ", obj.Fields.Select(f => f.Key)))));
                continue;
            }
            // The schema's key is an interned literal, so field lookups in expressions can compare references.
            var converted = thousands is not null && thousands.TryGetValue(key, out var meant) ? Value.Int(meant) : ConvertKey(value, field.Type, key.Value);
            entries[count++] = new CelMap.Entry(Value.String(field.Key), converted, key.Span, value.Span);
        }
        // A required key that an unknown key was taken for is the same mistake: report it once.
        // By index: a foreach over the interface would make an enumerator for every mapping bound.
        for (var f = 0; f < obj.Fields.Count; f++)
        {
            var field = obj.Fields[f];
            if (!field.Required || (suggested is not null && suggested.Contains(field.Key))
                || (seen is null ? FirstWritten(source, source.Count, field.Key, swallowed) is not null : seen.ContainsKey(field.Key)))
            {
                continue;
            }
            var description = FieldDescriptions.Of(obj, field);
            var hint = field.Example is null
                ? LocalText.Of("schema.missing-key.hint", ("key", field.Key), ("description", description))
                : LocalText.Of("schema.missing-key.hint-example", ("key", field.Key), ("description", description), ("example", field.Example));
            diagnostics.Error(DiagnosticCodes.MissingKey, LocalText.Of("schema.missing-key", ("key", field.Key), ("where", Where(_path.ToString()))), map.Span, hint);
        }
        if (obj.HasLinks)
        {
            // Filled in by the LinkResolver once every id is known; a place now keeps the map's shape fixed.
            entries[count++] = new CelMap.Entry(Value.String(LinkResolver.Key), Value.Null);
        }
        var result = new CelMap(Trimmed(entries, count), map.Span);
        RegisterExpressions(result, obj, isDerived: false);
        return Value.Map(result);
    }

    /// <summary>Up to this many keys, duplicates are found by looking back rather than with a table.</summary>
    private const int ShortMapping = 32;

    /// <summary>Where <paramref name="key"/> is first written among the first <paramref name="end"/> entries (not counting swallowed ones).</summary>
    private static SourceSpan? FirstWritten(List<(YamlScalar Key, YamlNode Value)> entries, int end, string key, HashSet<YamlScalar>? swallowed)
    {
        for (var j = 0; j < end; j++)
        {
            var written = entries[j].Key;
            if (string.Equals(written.Value, key, StringComparison.Ordinal) && (swallowed is null || !swallowed.Contains(written)))
            {
                return written.Span;
            }
        }
        return null;
    }

    private Value WrongType(YamlNode node, LocalText expected, ExpectedShape shape)
    {
        var found = node switch
        {
            YamlScalar { Plain: true, Value.Length: 0 } => LocalText.Of("found.nothing"),
            YamlScalar s => LocalText.Of("found.value", ("value", Shorten(s.Value))),
            YamlMapping => LocalText.Of("found.mapping"),
            _ => LocalText.Of("found.list"),
        };
        diagnostics.Error(DiagnosticCodes.WrongType, LocalText.Of("schema.wrong-type", ("path", _path.ToString()), ("expected", expected), ("found", found)), node.Span, HintFor(expected, shape));
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

    private Value ConvertScalar(YamlNode node, ScalarType type)
    {
        if (node is not YamlScalar s)
        {
            return WrongType(node, type.Enum is null ? DescribeScalar(type) : OneOf(type.Enum), ExpectedShape.Scalar);
        }
        var value = YamlValues.Scalar(s);
        if (value.Kind == ValueKind.String && value.AsString.StartsWith('=') && type.AllowExpression)
        {
            // Bound later, once the whole project is known; RegisterExpressions, which writes the path out for
            // the expression anyway, puts a placeholder that names it in this one's place.
            return Value.Error(NotEvaluatedYet);
        }
        if (value.Kind == ValueKind.Null)
        {
            return WrongType(node, DescribeScalar(type), ExpectedShape.Scalar);
        }
        if (value.Kind == ValueKind.String && TryNumberAsWritten(s, type, out var asWritten))
        {
            return asWritten;
        }
        if (value.Kind == ValueKind.Double && TryDotAsThousands(s, type, value, out var corrected))
        {
            return corrected;
        }
        if (!CheckScalar(value, type, s))
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
                return value.Kind == ValueKind.Int ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar);
            case ScalarKind.Number:
                return value.IsNumber ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar);
            case ScalarKind.Ratio:
                if (!value.IsNumber)
                {
                    return WrongType(node, DescribeScalar(type), ExpectedShape.Scalar);
                }
                if (value.AsNumber is < 0 or > 1)
                {
                    var message = value.AsNumber is > 1 and <= 100
                        ? LocalText.Of("schema.share-range-percent", ("path", _path.ToString()), ("value", s.Value), ("share", NumberHints.Share(value.AsNumber / 100)), ("percent", s.Value.Trim()))
                        : LocalText.Of("schema.share-range", ("path", _path.ToString()), ("value", s.Value));
                    diagnostics.Error(DiagnosticCodes.BadValue, message, s.Span, LocalText.Of("schema.share-range.hint"));
                }
                return value;
            case ScalarKind.Bool:
                return value.Kind == ValueKind.Bool ? value : WrongType(node, DescribeScalar(type), ExpectedShape.Scalar);
            case ScalarKind.YearMonth:
                if (!YearMonthPattern().IsMatch(s.Value))
                {
                    diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.year-month", ("path", _path.ToString()), ("value", Shorten(s.Value))), s.Span, LocalText.Of("schema.year-month.hint"));
                }
                return Value.String(s.Value);
            default:
                var text = value.Kind == ValueKind.String ? value.AsString : s.Value;
                if (type.Enum is not null && !type.Enum.Contains(text))
                {
                    var suggestion = Suggestions.Closest(text, type.Enum);
                    diagnostics.Error(DiagnosticCodes.BadValue,
                        suggestion is null
                            ? LocalText.Of("schema.bad-choice", ("value", Shorten(text)), ("path", _path.ToString()))
                            : LocalText.Of("schema.bad-choice-suggest", ("value", Shorten(text)), ("path", _path.ToString()), ("suggestion", suggestion)),
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

    /// <summary>The value of an <c>=</c> field until its map is registered, which replaces it by one that names the field.</summary>
    private static readonly CelError NotEvaluatedYet = new(NotEvaluatedMessage("this field"));

    private static string NotEvaluatedMessage(string path) =>
        $"`{path}` is computed by an expression that has not been evaluated yet; move it to `derived` to use it here";

    private void RegisterExpressions(CelMap owner, ObjectType? ownerType, bool isDerived)
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
            var name = e.Key.Kind == ValueKind.String ? e.Key.AsString : ValueFormatter.ToLiteral(e.Key);
            var path = _path.With(name);
            if (ReferenceEquals(e.Value.AsError, NotEvaluatedYet))
            {
                // What an expression that reads this field before it is evaluated gets; worded only if one does.
                owner.SetValue(i, Value.Error(new CelError(NotEvaluatedMessage, path)));
            }
            var raw = locator.Text.AsSpan(span.Start, span.End - span.Start);
            var quoted = raw.Length > 0 && (raw[0] == '\'' || raw[0] == '"');
            var scalarText = quoted ? raw[1..^1] : raw;
            var eq = scalarText.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }
            var text = scalarText[(eq + 1)..].ToString();
            if (quoted && raw[0] == '"')
            {
                // Escapes in double quotes would shift offsets; the YAML value holds the unescaped text.
                text = text.Replace("\\\"", "\"", StringComparison.Ordinal);
            }
            _expressions.Add(new PendingExpression(path, owner, i, ownerType, text, span.Start + (quoted ? 1 : 0) + eq + 1, span, isDerived ? name : null));
        }
    }
}
