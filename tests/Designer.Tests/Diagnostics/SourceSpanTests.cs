using Designer.Diagnostics;
using Xunit;

namespace Designer.Tests.Diagnostics;

/// <summary>A span of a located text finds its lines and columns in the locator; it must answer as a span with explicit positions does.</summary>
public sealed class SourceSpanTests
{
    private const string Text = "a: 1\r\nb:\n  c: dé\rlast";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    [InlineData(6, 8)]
    [InlineData(11, 16)]
    [InlineData(17, 21)]
    [InlineData(21, 21)]
    public void A_located_span_answers_like_one_with_explicit_positions(int start, int end)
    {
        var locator = new TextLocator("f.yaml", Text);
        var located = locator.Span(start, end);
        var (line, column) = locator.Locate(start);
        var (endLine, endColumn) = locator.Locate(end);
        var explicitSpan = new SourceSpan("f.yaml", start, end, line, column, endLine, endColumn);

        Assert.Equal(("f.yaml", start, end, line, column, endLine, endColumn),
            (located.File, located.Start, located.End, located.Line, located.Column, located.EndLine, located.EndColumn));
        Assert.Equal(explicitSpan, located);
        Assert.True(located == explicitSpan);
        Assert.Equal(explicitSpan.GetHashCode(), located.GetHashCode());
        Assert.Equal(explicitSpan.ToString(), located.ToString());
    }

    [Fact]
    public void Lines_end_at_lf_crlf_and_a_lone_cr()
    {
        var locator = new TextLocator("f.yaml", Text);
        Assert.Equal("f.yaml:2:1", locator.Span(6, 8).ToString());
        Assert.Equal("f.yaml:3:3", locator.Span(11, 16).ToString());
        Assert.Equal("f.yaml:4:1", locator.Span(17, 21).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n")]
    [InlineData("a\rb\r\nc\nd")]
    [InlineData("\n\r\r\n\n\r")]
    [InlineData("no line break at all")]
    [InlineData("ends with a lone cr\r")]
    public void Every_offset_is_on_the_line_a_character_by_character_count_gives(string text)
    {
        var locator = new TextLocator("t.yaml", text);
        var (line, column) = (1, 1);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal((line, column), locator.Locate(offset));
            if (offset == text.Length)
            {
                break;
            }
            var endsLine = text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n'));
            (line, column) = endsLine ? (line + 1, 1) : (line, column + 1);
        }
    }

    [Fact]
    public void Spans_differ_by_file_or_position()
    {
        var one = new TextLocator("one.yaml", Text);
        var other = new TextLocator("other.yaml", Text);
        Assert.NotEqual(one.Span(0, 1), other.Span(0, 1));
        Assert.NotEqual(one.Span(0, 1), one.Span(0, 2));
        Assert.NotEqual(one.Span(0, 1), new SourceSpan("one.yaml", 0, 1, 1, 2, 1, 2));
        var span = one.Span(3, 4);
        Assert.Equal(span, span with { });
    }

    [Fact]
    public void The_empty_span_at_the_start_keeps_the_start_position()
    {
        var locator = new TextLocator("f.yaml", Text);
        var start = locator.Span(11, 16).AtStart();
        Assert.Equal(new SourceSpan("f.yaml", 11, 11, 3, 3, 3, 3), start);
        Assert.Equal(new SourceSpan("f.yaml", 5, 5, 2, 3, 2, 3), new SourceSpan("f.yaml", 5, 9, 2, 3, 2, 7).AtStart());
    }
}
