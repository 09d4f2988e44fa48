namespace Designer.Expressions.Runtime;

/// <summary>A CEL type as a value: what <c>type(x)</c> returns and what <c>int</c>, <c>string</c>, ... name.</summary>
public sealed class CelType
{
    private CelType(string name) => Name = name;

    public string Name { get; }

    public static readonly CelType NullType = new("null_type");
    public static readonly CelType Bool = new("bool");
    public static readonly CelType Int = new("int");
    public static readonly CelType Double = new("double");
    public static readonly CelType String = new("string");
    public static readonly CelType List = new("list");
    public static readonly CelType Map = new("map");
    public static readonly CelType Type = new("type");
    public static readonly CelType Error = new("error");

    /// <summary>The type names a bare identifier may stand for.</summary>
    public static readonly IReadOnlyDictionary<string, CelType> ByName = new Dictionary<string, CelType>(StringComparer.Ordinal)
    {
        ["null_type"] = NullType,
        ["bool"] = Bool,
        ["int"] = Int,
        ["double"] = Double,
        ["string"] = String,
        ["list"] = List,
        ["map"] = Map,
        ["type"] = Type,
    };

    public override string ToString() => Name;
}
