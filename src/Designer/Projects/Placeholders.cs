using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;

namespace Designer.Projects;

/// <summary>
/// TODO and TBD left in a project's text (as <c>designer init</c> writes them). The rules DES006 and DES007 report
/// them as findings; the board brief also counts them itself, so that no configuration or suppression can make it
/// call an unfinished design ready.
/// </summary>
public static partial class Placeholders
{
    /// <summary>The texts of <paramref name="project"/> that hold a placeholder, in file order.</summary>
    public static IReadOnlyList<string> In(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var found = new List<string>();
        var stack = new Stack<Value>();
        stack.Push(Value.Map(project.Root));
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            switch (v.Kind)
            {
                case ValueKind.String when Pattern().IsMatch(v.AsString):
                    found.Add(v.AsString);
                    break;
                case ValueKind.List:
                    var items = v.AsList.AsSpan();
                    for (var i = items.Length - 1; i >= 0; i--)
                    {
                        stack.Push(items[i]);
                    }
                    break;
                case ValueKind.Map:
                    var entries = v.AsMap.Entries;
                    for (var i = entries.Length - 1; i >= 0; i--)
                    {
                        if (entries[i].Value is not { Kind: ValueKind.Map, AsMap.IsReferenceView: true })
                        {
                            stack.Push(entries[i].Value);
                        }
                    }
                    break;
            }
        }
        return found;
    }

    [GeneratedRegex(@"\b(TODO|TBD)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
