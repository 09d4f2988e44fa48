using Designer.Expressions;
using Designer.Expressions.Runtime;
using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>Hostile expressions end in a clear error, quickly, and never take the process down.</summary>
public sealed class LimitTests
{
    private static ExpressionException Refused(string expr)
    {
        // The limit is the bound: the text is refused at the depth limit, before the parser goes deeper.
        return Assert.Throws<ExpressionException>(() => ExpressionEngine.Compile(expr));
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_are_refused_not_a_stack_overflow()
    {
        var ex = Refused(new string('(', 10_000) + "1" + new string(')', 10_000));
        Assert.Contains("nested too deeply", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_negations_are_refused()
    {
        var ex = Refused(new string('!', 10_000) + "true");
        Assert.Contains("too deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nested_lists_are_refused()
    {
        var ex = Refused(new string('[', 10_000) + new string(']', 10_000));
        Assert.Contains("limit is 64", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nested too deeply", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_operator_chain_is_refused()
    {
        var ex = Refused(string.Join(" + ", Enumerable.Repeat("1", 5_000)));
        Assert.Contains("too deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_expression_is_refused()
    {
        var ex = Refused("'" + new string('a', 1_000_000) + "'");
        Assert.Contains("too long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_works_on_a_small_stack()
    {
        // Threads other than the main one have a smaller stack; the nesting limit must fit in 1 MB.
        Value result = default;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = ExpressionEngine.Evaluate(new string('(', 60) + "7" + new string(')', 60));
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        Assert.Equal(7, result.AsInt);
    }

    [Fact]
    public void Catastrophic_regex_is_answered_without_backtracking()
    {
        // A backtracking engine would hit the per-match time limit and give an error value; the answer `false`
        // shows the match ran to its end.
        var value = ExpressionEngine.Evaluate("(" + "'" + new string('a', 5_000) + "!').matches('^(a+)+$')");
        Assert.Equal(ValueKind.Bool, value.Kind);
        Assert.False(value.AsBool);
    }

    [Fact]
    public void Comprehension_iterations_are_bounded()
    {
        var limits = new ExpressionLimits { MaxIterations = 10_000 };
        var compiled = ExpressionEngine.Compile("l.all(x, l.all(y, true))", limits);
        var list = Value.List(Enumerable.Range(0, 1_000).Select(i => Value.Int(i)).ToArray());
        var value = compiled.Evaluate(new MapScope(CelMap.FromPairs([(Value.String("l"), list)])));
        Assert.True(value.IsError);
        Assert.Contains("10,000 comprehension iterations", value.AsError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_carry_the_span_of_the_failing_sub_expression()
    {
        var value = ExpressionEngine.Evaluate("1 + budget.nope", TestScopes.Sample);
        Assert.True(value.IsError);
        Assert.Equal(4, value.AsError.ExprStart);
        Assert.Equal(15, value.AsError.ExprEnd);
    }
}
