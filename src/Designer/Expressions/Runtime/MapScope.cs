namespace Designer.Expressions.Runtime;

/// <summary>A scope over a map's string keys, optionally falling back to a parent scope.</summary>
public sealed class MapScope(CelMap map, IScope? parent = null) : IScope
{
    public static readonly MapScope Empty = new(CelMap.Empty);

    public CelMap Map { get; } = map;

    public bool TryResolve(string name, out Value value) =>
        Map.TryGet(name, out value) || (parent is not null && parent.TryResolve(name, out value));

    public bool HasQualifiedNames { get; init; }
}
