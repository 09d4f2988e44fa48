using System.Text.RegularExpressions;

namespace Designer.Reporting.Rendering;

/// <summary>
/// A finding's message as a board reads it: a parenthesis that only quotes a key of the project file
/// ("(`grant_rules`)") is dropped, and any other quoted key is written as words ("`inter_firm`" → "inter firm").
/// An id in single quotes that names an element ("Indicator 'cluster-sales'") is replaced by the element's name.
/// The file's keys and ids stay in the review's appendix for the design team.
/// </summary>
internal static partial class FindingWords
{
    public static string Plain(string message, IReadOnlyDictionary<string, string> names)
    {
        var text = CodeInParentheses().Replace(message, "");
        text = QuotedId().Replace(text, m => names.TryGetValue(m.Groups[1].Value, out var name) ? $"“{name}”" : m.Value);
        text = Code().Replace(text, m => m.Groups[1].Value.Replace('_', ' ').Replace('.', ' '));
        return MarkdownText.EscapeProse(text);
    }

    [GeneratedRegex(@"\s*\(`[^`]*`\)")]
    private static partial Regex CodeInParentheses();

    [GeneratedRegex(@"'([^'\s]+)'")]
    private static partial Regex QuotedId();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();
}
