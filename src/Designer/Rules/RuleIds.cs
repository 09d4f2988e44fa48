using System.Text.RegularExpressions;

namespace Designer.Rules;

/// <summary>
/// What a rule id may be. Ids become file names (<c>rules docs</c>), URLs (SARIF <c>helpUri</c>), table cells and
/// terminal text, so they are plain: ASCII letters and digits first, then letters, digits, <c>.</c>, <c>-</c> and
/// <c>_</c>, at most 64 characters. No <c>/</c>, no <c>..</c>, no spaces, no control characters.
/// </summary>
internal static partial class RuleIds
{
    /// <summary>Longest rule id.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule in words, for messages and docs.</summary>
    public const string Rule = "an id starts with a letter or digit and holds only ASCII letters, digits, `.`, `-` and `_` (at most 64, no `..`)";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);
}
