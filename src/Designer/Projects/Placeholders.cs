using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;

namespace Designer.Projects;

/// <summary>
/// Placeholders left in a project's text: TODO as <c>designer init</c> writes it, TBD as people type it, and the
/// Spanish and Portuguese POR DEFINIR and A DEFINIR. The rules DES006 and DES007 report them as findings (with the
/// same pattern); the board brief also counts them itself, so that no configuration or suppression can make it call
/// an unfinished design ready.
/// </summary>
/// <remarks>
/// TODO and the Spanish and Portuguese ones count only in capitals: "todo el territorio" and "de todo o estado" are
/// Spanish and Portuguese for "the whole territory", and "a definir" is ordinary Portuguese. TBD counts in any case
/// ("(tbd)"), as it is a word in none of the three languages.
/// </remarks>
public static partial class Placeholders
{
    /// <summary>The regular expression, as the rules DES006 and DES007 write it.</summary>
    internal const string PatternText = @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b";

    /// <summary>The texts of <paramref name="project"/> that hold a placeholder, in file order.</summary>
    public static IReadOnlyList<string> In(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ValueTexts.Of(Value.Map(project.Root))
            .Select(v => v.AsString)
            .Where(t => Pattern().IsMatch(t))
            .ToList();
    }

    /// <summary>Whether a text holds a placeholder.</summary>
    internal static bool IsIn(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(PatternText, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
