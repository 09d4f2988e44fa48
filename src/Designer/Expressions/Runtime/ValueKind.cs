namespace Designer.Expressions.Runtime;

/// <summary>The kinds of value of Designer's CEL subset.</summary>
public enum ValueKind : byte
{
    Null,
    Bool,
    Int,
    Double,
    String,
    List,
    Map,
    Type,
    Error,
}
