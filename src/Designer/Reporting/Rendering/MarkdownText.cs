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

    /// <summary>
    /// Escapes a sentence written for the design team, such as a rule's help: what backticks quote (a key of the
    /// file, a value to write) stays code, shown as it is typed — <c>add `means_of_verification`</c> keeps its
    /// underscores without escapes — and the rest is escaped as <see cref="Escape"/>. An unpaired backtick is text.
    /// </summary>
    public static string EscapeWithCode(string text)
    {
        var parts = text.Split('`');
        if (parts.Length < 3)
        {
            return Escape(text);
        }
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts are quoted when a backtick closes them; the last part after an unpaired backtick is text.
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            if (!quoted)
            {
                sb.Append(Escape(i % 2 == 1 ? "`" + parts[i] : parts[i]));
            }
            else if (parts[i].Length == 0)
            {
                sb.Append(@"\`\`");
            }
            else
            {
                sb.Append('`').Append(parts[i].Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ')).Append('`');
            }
        }
        return sb.ToString();
    }

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
