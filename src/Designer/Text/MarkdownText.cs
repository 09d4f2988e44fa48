using System.Text;

namespace Designer.Text;

/// <summary>
/// Text from a rule pack or a project placed into Markdown: it stays text. HTML, links and images cannot be
/// formed (<c>&lt;</c>, <c>&gt;</c>, <c>[</c>, <c>]</c> are escaped), and control characters are shown, not sent.
/// Code spans in backticks are left alone: Markdown shows their content as written.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Inline text: <c>Inline("&lt;b&gt; [x](javascript:y) `[a]`")</c> → <c>&amp;lt;b&amp;gt; \[x\](javascript:y) `[a]`</c>.</summary>
    public static string Inline(string? text)
    {
        text = ControlCharacters.Escape(text, keepLineBreaks: true);
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '`')
            {
                // A code span shows its content as written: copy it whole, up to the closing run of as many backticks.
                var run = 1;
                while (i + run < text.Length && text[i + run] == '`')
                {
                    run++;
                }
                var fence = new string('`', run);
                var close = FindClosing(text, i + run, fence);
                if (close >= 0)
                {
                    sb.Append(text, i, close + run - i);
                    i = close + run;
                    continue;
                }
                sb.Append(fence.Replace("`", "\\`", StringComparison.Ordinal));
                i += run;
                continue;
            }
            var c = text[i++];
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '[' => sb.Append("\\["),
                ']' => sb.Append("\\]"),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    /// <summary>
    /// A code span that holds any text: its fence is one backtick longer than the longest run of backticks inside,
    /// so text with backticks and HTML cannot break out of it (Markdown shows a code span's content as written).
    /// </summary>
    public static string CodeSpan(string? text)
    {
        text = ControlCharacters.Escape(text);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static int FindClosing(string text, int from, string fence)
    {
        var at = from;
        while ((at = text.IndexOf(fence, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + fence.Length;
            if ((at == 0 || text[at - 1] != '`') && (end >= text.Length || text[end] != '`'))
            {
                return at;
            }
            at = end;
            while (at < text.Length && text[at] == '`')
            {
                at++;
            }
        }
        return -1;
    }

    /// <summary>Text for a table cell: inline text on one line, with pipes escaped.</summary>
    public static string Cell(string? text) =>
        Inline(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
