using System.Globalization;
using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>
/// One value of the expression language. A small struct of two words: scalars live in <c>_bits</c> and never
/// allocate; strings, lists, maps, types and errors live in <c>_ref</c>.
/// </summary>
/// <remarks>
/// The kind takes no third word (which would make the struct 24 bytes, and every map entry, with a key and a value,
/// 64 instead of 48): a scalar's <c>_ref</c> is a shared tag that names its kind, and an object's kind is kept in
/// the <c>_bits</c> it does not use. Null is all zeros, so <c>default</c> is <see cref="Null"/>.
/// </remarks>
public readonly struct Value
{
    private readonly object? _ref;
    private readonly long _bits;

    private Value(object? reference, long bits)
    {
        _ref = reference;
        _bits = bits;
    }

    /// <summary>The kind of a scalar, held in <c>_ref</c> in place of an object.</summary>
    private sealed class KindTag(ValueKind kind)
    {
        public ValueKind Kind { get; } = kind;
    }

    private static readonly KindTag BoolTag = new(ValueKind.Bool);
    private static readonly KindTag IntTag = new(ValueKind.Int);
    private static readonly KindTag DoubleTag = new(ValueKind.Double);

    public ValueKind Kind => _ref is KindTag tag ? tag.Kind : (ValueKind)_bits;

    public static readonly Value Null = default;
    public static readonly Value True = new(BoolTag, 1);
    public static readonly Value False = new(BoolTag, 0);

    public static Value Bool(bool b) => b ? True : False;

    public static Value Int(long i) => new(IntTag, i);

    public static Value Double(double d) => new(DoubleTag, BitConverter.DoubleToInt64Bits(d));

    public static Value String(string s) => new(s, (long)ValueKind.String);

    public static Value List(CelList list) => new(list, (long)ValueKind.List);

    public static Value List(params Value[] items) => new(new CelList(items), (long)ValueKind.List);

    public static Value Map(CelMap map) => new(map, (long)ValueKind.Map);

    public static Value Type(CelType type) => new(type, (long)ValueKind.Type);

    public static Value Error(CelError error) => new(error, (long)ValueKind.Error);

    public static Value Error(string message, SourceSpan? span = null) => Error(new CelError(message, span));

    public bool IsError => Kind == ValueKind.Error;

    public bool IsTrue => ReferenceEquals(_ref, BoolTag) && _bits != 0;

    public bool IsNumber => ReferenceEquals(_ref, IntTag) || ReferenceEquals(_ref, DoubleTag);

    public bool AsBool => Bits != 0;

    public long AsInt => Bits;

    public double AsDouble => BitConverter.Int64BitsToDouble(Bits);

    /// <summary>The value as a double, promoting an int (Designer's deviation: ints and doubles mix).</summary>
    public double AsNumber => ReferenceEquals(_ref, IntTag) ? _bits : BitConverter.Int64BitsToDouble(Bits);

    // A scalar's bits; zero for null and for an object (whose kind the bits hold), as when the kind had a field.
    private long Bits => _ref is KindTag ? _bits : 0;

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
