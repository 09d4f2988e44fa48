namespace Designer.Expressions.Runtime;

/// <summary>A scope over a map's string keys, optionally falling back to a parent scope.</summary>
public sealed class MapScope(CelMap map, IScope? parent = null) : IScope
{
    public static readonly MapScope Empty = new(CelMap.Empty);

    public CelMap Map { get; } = map;

    public bool TryResolve(string name, out Value value) =>
        Map.TryGet(name, out value) || (parent is not null && parent.TryResolve(name, out value));

    public bool HasQualifiedNames { get; init; }

    public bool TryFind(string kind, string id, out Value value)
    {
        value = default;
        return parent is not null && parent.TryFind(kind, id, out value);
    }
}
