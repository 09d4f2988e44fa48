using Designer.Text;
using Xunit;

namespace Designer.Tests.Text;

/// <summary>Control characters and direction overrides are shown as visible escapes; the searches many at a time find exactly them.</summary>
public sealed class ControlCharactersTests
{
    [Fact]
    public void The_searches_find_exactly_the_characters_the_tests_name()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var hostile = (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
            Assert.Equal(hostile, ControlCharacters.IsHostile(c));
            Assert.Equal(hostile, ControlCharacters.Hostile.Contains(c));
            Assert.Equal(hostile || c is '\n' or '\r', ControlCharacters.HostileOrLineBreak.Contains(c));
            Assert.Equal(hostile || c < 0x20, ControlCharacters.Any.Contains(c));
        }
    }

    [Theory]
    [InlineData("plain text, accents: ção, 日本", false, "plain text, accents: ção, 日本")]
    [InlineData("a\u001b[31m", false, "a\\x1B[31m")]
    [InlineData("line one\nline two\r\n", false, "line one\\x0Aline two\\x0D\\x0A")]
    [InlineData("line one\nline two\r\n", true, "line one\nline two\r\n")]
    [InlineData("tab\tkept", false, "tab\tkept")]
    [InlineData("\u202Eevil\u2066", true, "\\u202Eevil\\u2066")]
    [InlineData("bell\u0007 and C1 \u0085", true, "bell\\x07 and C1 \\x85")]
    [InlineData("", false, "")]
    public void Escape_writes_each_hostile_character_as_a_visible_escape(string text, bool keepLineBreaks, string expected) =>
        Assert.Equal(expected, ControlCharacters.Escape(text, keepLineBreaks));

    [Fact]
    public void Contains_any_sees_line_breaks_and_tabs_too()
    {
        Assert.False(ControlCharacters.ContainsAny("nothing to see"));
        Assert.True(ControlCharacters.ContainsAny("a\tb"));
        Assert.True(ControlCharacters.ContainsAny("a\nb"));
        Assert.True(ControlCharacters.ContainsAny("a\u202Eb"));
        Assert.Same("same", ControlCharacters.Escape("same"));
    }
}
