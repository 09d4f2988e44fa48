using System.Text.RegularExpressions;

namespace Designer.Projects.Yaml;

/// <summary>
/// Text such as <c>statement: Outcome 1: firms cooperate</c>: YAML reads the second <c>: </c> as the start of
/// another mapping and stops. Recognised from the source line so the message can give the exact fix.
/// </summary>
internal static partial class ColonInText
{
    /// <summary>The message and the fix when <paramref name="line"/> is a key whose unquoted value holds <c>: </c>.</summary>
    public static (Designer.Localization.LocalText Message, Designer.Localization.LocalText Hint)? Explain(string line)
    {
        var m = KeyAndPlainValue().Match(line);
        if (!m.Success)
        {
            return null;
        }
        var key = m.Groups["key"].Value;
        var value = m.Groups["value"].Value.TrimEnd();
        var quoted = value.Contains('\'', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : "'" + value + "'";
        return (Designer.Localization.LocalText.Of("yaml.colon-in-text", ("key", key)),
            Designer.Localization.LocalText.Of("yaml.colon-in-text.hint", ("key", key), ("quoted", quoted)));
    }

    // A key, then an unquoted value (not a list, mapping, block or quoted scalar) that itself contains `: `.
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][\w.-]*):\s+(?<value>[^'""\[{|>&*!#\s][^#]*?:\s.*)$")]
    private static partial Regex KeyAndPlainValue();
}
