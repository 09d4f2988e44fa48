namespace Designer.Expressions.Runtime;

/// <summary>Supplies the values of the free names of an expression: the project's sections, <c>it</c>, variables.</summary>
public interface IScope
{
    /// <summary>Looks a name up; false when the scope has no such name.</summary>
    bool TryResolve(string name, out Value value);

    /// <summary>True when names may contain dots (<c>a.b.c</c> bound as one name), as CEL's qualified identifiers.</summary>
    bool HasQualifiedNames => false;

    /// <summary>
    /// When evaluation must stop (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): the time budget of a whole
    /// run, shared by every expression evaluated in it. <see cref="long.MaxValue"/> when there is none.
    /// </summary>
    long DeadlineTimestamp => long.MaxValue;

    /// <summary>Finds an element of a project by kind (an object title: <c>indicator</c>, <c>target group</c>) and id,
    /// for the lookup functions; false in a scope without a project.</summary>
    bool TryFind(string kind, string id, out Value value)
    {
        value = default;
        return false;
    }
}
