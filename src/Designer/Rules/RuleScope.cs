using Designer.Expressions.Runtime;

namespace Designer.Rules;

/// <summary>The names a rule sees: <c>it</c> (the element), <c>params</c>, then the project's names.</summary>
internal sealed class RuleScope(IScope project, CelMap parameters) : IScope
{
    private readonly Value _params = Value.Map(parameters);

    public Value It { get; set; } = Value.Null;

    public bool HasIt { get; set; }

    /// <summary>When evaluation stops: the deadline of the whole check, shared by every rule.</summary>
    public long DeadlineTimestamp { get; init; } = long.MaxValue;

    public bool TryResolve(string name, out Value value)
    {
        if (HasIt && name == "it")
        {
            value = It;
            return true;
        }
        if (name == "params")
        {
            value = _params;
            return true;
        }
        return project.TryResolve(name, out value);
    }

    public bool TryFind(string kind, string id, out Value value) => project.TryFind(kind, id, out value);
}
