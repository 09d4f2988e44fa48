using System.Globalization;
using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>
/// One value of the expression language. A small struct: scalars live in <c>_bits</c> and never allocate;
/// strings, lists, maps, types and errors live in <c>_ref</c>.
/// </summary>
public readonly struct Value
{
    private readonly object? _ref;
    private readonly long _bits;

    private Value(ValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public ValueKind Kind { get; }

    public static readonly Value Null = default;
    public static readonly Value True = new(ValueKind.Bool, 1, null);
    public static readonly Value False = new(ValueKind.Bool, 0, null);

    public static Value Bool(bool b) => b ? True : False;

    public static Value Int(long i) => new(ValueKind.Int, i, null);

    public static Value Double(double d) => new(ValueKind.Double, BitConverter.DoubleToInt64Bits(d), null);

    public static Value String(string s) => new(ValueKind.String, 0, s);

    public static Value List(CelList list) => new(ValueKind.List, 0, list);

    public static Value List(params Value[] items) => new(ValueKind.List, 0, new CelList(items));

    public static Value Map(CelMap map) => new(ValueKind.Map, 0, map);

    public static Value Type(CelType type) => new(ValueKind.Type, 0, type);

    public static Value Error(CelError error) => new(ValueKind.Error, 0, error);

    public static Value Error(string message, SourceSpan? span = null) => Error(new CelError(message, span));

    public bool IsError => Kind == ValueKind.Error;

    public bool IsTrue => Kind == ValueKind.Bool && _bits != 0;

    public bool IsNumber => Kind is ValueKind.Int or ValueKind.Double;

    public bool AsBool => _bits != 0;

    public long AsInt => _bits;

    public double AsDouble => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The value as a double, promoting an int (Designer's deviation: ints and doubles mix).</summary>
    public double AsNumber => Kind == ValueKind.Int ? _bits : BitConverter.Int64BitsToDouble(_bits);

    public string AsString => (string)_ref!;

    public CelList AsList => (CelList)_ref!;

    public CelMap AsMap => (CelMap)_ref!;

    public CelType AsType => (CelType)_ref!;

    public CelError AsError => (CelError)_ref!;

    /// <summary>The CEL type of the value.</summary>
    public CelType CelType => Kind switch
    {
        ValueKind.Null => CelType.NullType,
        ValueKind.Bool => CelType.Bool,
        ValueKind.Int => CelType.Int,
        ValueKind.Double => CelType.Double,
        ValueKind.String => CelType.String,
        ValueKind.List => CelType.List,
        ValueKind.Map => CelType.Map,
        ValueKind.Type => CelType.Type,
        _ => CelType.Error,
    };

    /// <summary>Converts plain .NET data (as a JSON or YAML reader gives it) into a value.</summary>
    public static Value From(object? data) => data switch
    {
        null => Null,
        Value v => v,
        bool b => Bool(b),
        int i => Int(i),
        long l => Int(l),
        double d => Double(d),
        float f => Double(f),
        decimal m => Double((double)m),
        string s => String(s),
        IDictionary<string, object?> dict => Map(CelMap.FromPairs(dict.Select(kv => (String(kv.Key), From(kv.Value))))),
        System.Collections.IEnumerable seq => List(new CelList(seq.Cast<object?>().Select(From).ToArray())),
        _ => throw new ArgumentException($"cannot convert {data.GetType().Name} to an expression value", nameof(data)),
    };

    /// <summary>The value in CEL literal form, e.g. <c>[1, 'a', {'k': 2.5}]</c>.</summary>
    public override string ToString() => ValueFormatter.ToLiteral(this);

    internal static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsPositiveInfinity(d))
        {
            return "+infinity";
        }
        if (double.IsNegativeInfinity(d))
        {
            return "-infinity";
        }
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E') && !text.Contains('e'))
        {
            text += ".0";
        }
        return text;
    }
}
