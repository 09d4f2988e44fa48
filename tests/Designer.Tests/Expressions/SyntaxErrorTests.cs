using Designer.Expressions;
using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>The exact text of syntax errors, from Cases/syntax-errors.txt.</summary>
public sealed class SyntaxErrorTests
{
    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Cases", "syntax-errors.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" ⇒ "))
            .Select(p => new object[] { p[0], p[1] });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Syntax_error_names_the_column_and_what_was_expected(string expr, string expected)
    {
        var ex = Assert.Throws<ExpressionException>(() => ExpressionEngine.Compile(expr));
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Error_on_a_later_line_counts_lines()
    {
        var ex = Assert.Throws<ExpressionException>(() => ExpressionEngine.Compile("1 +\n  )"));
        Assert.Equal("Syntax error (line 2, column 3): unexpected `)`, expected an expression", ex.Message);
    }
}
