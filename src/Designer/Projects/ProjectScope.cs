using Designer.Expressions.Runtime;
using Designer.Projects.Schema;

namespace Designer.Projects;

/// <summary>
/// The names an expression sees at the top of a project: its sections, then the <c>derived</c> values
/// (computed on first use, with cycles reported), and absent sections as empty maps or lists; the elements by
/// kind and id for the lookup functions (<c>indicator('id')</c>).
/// </summary>
internal sealed class ProjectScope(CelMap root, IReadOnlyDictionary<string, Dictionary<string, Value>>? elements = null) : IScope
{
    private static readonly Value EmptyList = Value.List(CelList.Empty);
    private static readonly Value EmptyMap = Value.Map(CelMap.Empty);

    public Func<string, Value?>? Derived { get; set; }

    public CelMap Root { get; } = root;

    public bool TryResolve(string name, out Value value)
    {
        if (Root.TryGet(name, out value))
        {
            return true;
        }
        if (Derived?.Invoke(name) is { } derived)
        {
            value = derived;
            return true;
        }
        if (ProjectSchema.Root.Find(name) is { } field)
        {
            value = field.Type is ListType ? EmptyList : EmptyMap;
            return true;
        }
        return false;
    }

    public bool TryFind(string kind, string id, out Value value)
    {
        if (elements is not null && elements.TryGetValue(kind, out var byId) && byId.TryGetValue(id, out value))
        {
            return true;
        }
        value = default;
        return false;
    }
}
