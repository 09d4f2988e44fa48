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
        return ValueTexts.Of(Value.Map(project.Root))
            .Select(v => v.AsString)
            .Where(t => Pattern().IsMatch(t))
            .ToList();
    }

    [GeneratedRegex(@"\b(TODO|TBD)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
