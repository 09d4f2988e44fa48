namespace Designer.Expressions.Runtime;

/// <summary>Map-key equality and hashing with CEL's numeric rule: int 1 and double 1.0 are the same key.</summary>
internal sealed class ValueKeyComparer : IEqualityComparer<Value>
{
    public static readonly ValueKeyComparer Instance = new();

    public bool Equals(Value x, Value y)
    {
        if (x.Kind == ValueKind.String && y.Kind == ValueKind.String)
        {
            return string.Equals(x.AsString, y.AsString, StringComparison.Ordinal);
        }
        return Operators.StrictEquals(x, y);
    }

    public int GetHashCode(Value v) => v.Kind switch
    {
        ValueKind.String => v.AsString.GetHashCode(StringComparison.Ordinal),
        ValueKind.Int => v.AsInt.GetHashCode(),
        ValueKind.Double => v.AsDouble == Math.Floor(v.AsDouble) && Math.Abs(v.AsDouble) < 9.2e18 ? ((long)v.AsDouble).GetHashCode() : v.AsDouble.GetHashCode(),
        ValueKind.Bool => v.AsBool ? 1 : 0,
        _ => (int)v.Kind,
    };
}
