using System.Buffers;
using System.Globalization;
using System.Text;

namespace Designer.Text;

/// <summary>
/// Control characters (C0, DEL, C1) and the invisible direction overrides have no business in an output a person
/// reads: an ESC or BEL written raw drives the terminal, and XML cannot hold most of them. Every output format
/// shows them as visible escapes (<c>\x1B</c>, <c>\u202E</c>) instead.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The characters <see cref="IsHostile"/> is true for, searched many at a time.</summary>
    internal static readonly SearchValues<char> Hostile = SearchValues.Create(Where(IsHostile));

    /// <summary>The hostile characters and the line breaks, for a one-line output.</summary>
    internal static readonly SearchValues<char> HostileOrLineBreak = SearchValues.Create(Where(c => NeedsEscape(c, keepLineBreaks: false)));

    /// <summary>Every control character, line breaks and tabs included, and the other hostile ones.</summary>
    internal static readonly SearchValues<char> Any = SearchValues.Create(Where(c => c < 0x20 || IsHostile(c)));

    private static string Where(Func<char, bool> test)
    {
        var chars = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (test((char)c))
            {
                chars.Append((char)c);
            }
        }
        return chars.ToString();
    }

    /// <summary>True for a character that must not reach an output raw (tab and line breaks aside).</summary>
    public static bool IsHostile(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || (c >= 0x7F && c <= 0x9F)
        || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>True when the text holds any control character, line breaks and tabs included.</summary>
    public static bool ContainsAny(string text) => text.AsSpan().ContainsAny(Any);

    /// <summary>
    /// The text with each hostile character written as a visible escape; line breaks are kept when
    /// <paramref name="keepLineBreaks"/> is true and escaped otherwise (a one-line format such as a table cell).
    /// <c>Escape("a\u001b[31m")</c> → <c>a\x1B[31m</c>.
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var i = text.AsSpan().IndexOfAny(keepLineBreaks ? Hostile : HostileOrLineBreak);
        if (i < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c, keepLineBreaks))
            {
                sb.Append(c);
            }
            else if (c <= 0xFF)
            {
                sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    /// <summary>The text with each control character (tab included) replaced one for one by U+FFFD, so columns stay aligned.</summary>
    public static string Blank(string text)
    {
        if (!ContainsAny(text))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\t')
            {
                chars[i] = ' ';
            }
            else if (chars[i] < 0x20 || IsHostile(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks) =>
        IsHostile(c) || (!keepLineBreaks && c is '\n' or '\r');
}
