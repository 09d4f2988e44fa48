using System.Text;

namespace Designer.Reporting.Rendering;

/// <summary>
/// Escapes user text for Markdown, so that whatever a project file says is shown as text: no links, no HTML,
/// no emphasis, no table breaks. Applied to every string of the template model, once, when it is built.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes a sentence written for people, such as a rule's message: backticks that quote a name or a value
    /// are dropped (a reader sees the words, not the quoting marks), the rest is escaped as <see cref="Escape"/>.
    /// </summary>
    public static string EscapeProse(string text) => Escape(text.Replace("`", "", StringComparison.Ordinal));

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '$':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
