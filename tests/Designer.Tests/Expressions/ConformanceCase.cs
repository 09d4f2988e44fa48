using System.Text.Json;
using Designer.Expressions.Runtime;

namespace Designer.Tests.Expressions;

/// <summary>One case of CEL's conformance data, as converted to JSON beside the shared design documents.</summary>
public sealed record ConformanceCase(string File, string Section, string Name, string Expr, JsonElement Bindings, JsonElement Expect)
{
    public string Id => $"{File}/{Section}/{Name}";

    public override string ToString() => Id;

    public static IEnumerable<ConformanceCase> Load(string folder)
    {
        foreach (var path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            var file = Path.GetFileNameWithoutExtension(path);
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                yield return new ConformanceCase(
                    file,
                    c.GetProperty("section").GetString()!,
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("expr").GetString()!,
                    c.GetProperty("bindings").Clone(),
                    c.GetProperty("expect").Clone());
            }
        }
    }

    /// <summary>Converts a tagged value; a type outside Designer's subset (uint, bytes) gives null.</summary>
    public static Value? FromTagged(JsonElement tagged)
    {
        var prop = tagged.EnumerateObject().First();
        var v = prop.Value;
        switch (prop.Name)
        {
            case "null": return Value.Null;
            case "bool": return Value.Bool(v.GetBoolean());
            case "int": return Value.Int(long.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            case "double":
                if (v.ValueKind == JsonValueKind.String)
                {
                    return Value.Double(v.GetString() switch
                    {
                        "NaN" => double.NaN,
                        "Infinity" => double.PositiveInfinity,
                        _ => double.NegativeInfinity,
                    });
                }
                return Value.Double(v.GetDouble());
            case "string": return Value.String(v.GetString()!);
            case "type":
                return CelType.ByName.TryGetValue(v.GetString()!, out var t) ? Value.Type(t) : null;
            case "list":
                var items = new List<Value>();
                foreach (var item in v.EnumerateArray())
                {
                    var converted = FromTagged(item);
                    if (converted is null) return null;
                    items.Add(converted.Value);
                }
                return Value.List([.. items]);
            case "map":
                var entries = new List<CelMap.Entry>();
                foreach (var pair in v.EnumerateArray())
                {
                    var key = FromTagged(pair[0]);
                    var val = FromTagged(pair[1]);
                    if (key is null || val is null) return null;
                    entries.Add(new CelMap.Entry(key.Value, val.Value));
                }
                return Value.Map(new CelMap([.. entries], null));
            default:
                return null;
        }
    }

    /// <summary>Equality as the conformance suite means it: same types exactly, maps unordered, NaN equals NaN.</summary>
    public static bool SameValue(Value a, Value b)
    {
        if (a.Kind != b.Kind) return false;
        switch (a.Kind)
        {
            case ValueKind.Double:
                return double.IsNaN(a.AsDouble) ? double.IsNaN(b.AsDouble) : a.AsDouble == b.AsDouble;
            case ValueKind.List:
                if (a.AsList.Count != b.AsList.Count) return false;
                for (var i = 0; i < a.AsList.Count; i++)
                {
                    if (!SameValue(a.AsList[i], b.AsList[i])) return false;
                }
                return true;
            case ValueKind.Map:
                if (a.AsMap.Count != b.AsMap.Count) return false;
                foreach (var e in a.AsMap.Entries)
                {
                    var found = false;
                    foreach (var o in b.AsMap.Entries)
                    {
                        if (SameValue(e.Key, o.Key))
                        {
                            found = SameValue(e.Value, o.Value);
                            break;
                        }
                    }
                    if (!found) return false;
                }
                return true;
            default:
                return Operators.StrictEquals(a, b);
        }
    }
}
