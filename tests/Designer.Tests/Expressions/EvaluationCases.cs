using Designer.Expressions;
using Designer.Expressions.Runtime;
using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>
/// Data-driven evaluation cases from Cases/eval.txt: <c>expression ⇒ expected</c>, where expected is a CEL
/// literal, or <c>error: text</c> for an evaluation error whose message contains that text.
/// </summary>
public sealed class EvaluationCases
{
    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Cases", "eval.txt"))
            .Select((line, i) => (line, i))
            .Where(x => x.line.Length > 0 && !x.line.StartsWith('#'))
            .Select(x => new object[] { x.i + 1, x.line });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expression_gives_the_expected_value(int line, string text)
    {
        var parts = text.Split(" ⇒ ");
        Assert.True(parts.Length == 2, $"line {line}: expected `expression ⇒ result`");
        var (expr, expected) = (parts[0], parts[1].Trim());
        var value = ExpressionEngine.Evaluate(expr, TestScopes.Sample);
        if (expected.StartsWith("error: ", StringComparison.Ordinal))
        {
            Assert.True(value.IsError, $"line {line}: `{expr}` gave {value}, expected an error");
            Assert.Contains(expected["error: ".Length..], value.AsError.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, ValueFormatter.ToLiteral(value));
        }
    }
}
