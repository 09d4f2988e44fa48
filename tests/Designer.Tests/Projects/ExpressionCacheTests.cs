using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Loading;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>An expression text is compiled once for the process; each place it is written still gets its own value and positions.</summary>
public sealed class ExpressionCacheTests
{
    private static readonly string Valid = File.ReadAllText(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "001-valid.yaml"));

    private const string Second = "  - id: plan-2\n    name: Second plan\n    horizon: short\n    baseline: { value: 10, year: 2026 }\n    target: = baseline.value + 1\n";

    [Fact]
    public void One_text_compiled_once_gives_each_owner_its_own_value()
    {
        var text = Valid.Replace("derived:\n", Second + "derived:\n", StringComparison.Ordinal);
        var loaded = ProjectLoader.Load("p.yaml", text);
        Assert.Empty(loaded.Diagnostics);
        var targets = loaded.Project!.Computed.Where(c => c.Path.EndsWith(".target", StringComparison.Ordinal)).Select(c => (c.Path, ValueFormatter.ToDisplay(c.Value))).ToArray();
        Assert.Equal([("indicators[0].target", "1"), ("indicators[1].target", "11")], targets);
        Assert.True(ExpressionCache.TryCompile("baseline.value + 1", out var first, out _));
        Assert.True(ExpressionCache.TryCompile("baseline.value + 1", out var again, out _));
        Assert.Same(first, again);
    }

    [Fact]
    public void An_error_in_a_shared_text_is_reported_where_each_copy_is_written()
    {
        var text = Valid.Replace("target: = baseline.value + 1", "target: = baseline.value / 0", StringComparison.Ordinal)
            .Replace("derived:\n", Second.Replace("+ 1", "/ 0", StringComparison.Ordinal) + "derived:\n", StringComparison.Ordinal);
        // Loaded twice: the second load takes the compiled text from the cache.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(
                [
                    "30:15: error DSG203: expression in `indicators[0].target` gave an error: division by zero",
                    "35:15: error DSG203: expression in `indicators[1].target` gave an error: division by zero",
                ],
                ProjectLoader.Load("p.yaml", text).Diagnostics.Select(CorpusTests.Format).ToArray());
        }
    }

    [Fact]
    public void A_field_read_before_its_expression_is_evaluated_says_which_and_what_to_do()
    {
        // The first indicator's target reads the second's, whose own `=` is evaluated after it.
        var text = Valid.Replace("target: = baseline.value + 1", "target: = indicator('plan-2').target + 1", StringComparison.Ordinal)
            .Replace("derived:\n", Second + "derived:\n", StringComparison.Ordinal);
        Assert.Equal(
            ["30:15: error DSG203: expression in `indicators[0].target` gave an error: `indicators[1].target` is computed by an expression that has not been evaluated yet; move it to `derived` to use it here"],
            ProjectLoader.Load("p.yaml", text).Diagnostics.Select(CorpusTests.Format).ToArray());
    }

    [Fact]
    public void A_syntax_error_is_not_kept_and_is_reported_each_time()
    {
        Assert.False(ExpressionCache.TryCompile("baseline.value +", out _, out var error));
        Assert.NotNull(error);
        Assert.False(ExpressionCache.TryCompile("baseline.value +", out _, out var again));
        Assert.Equal(error!.Message, again!.Message);
    }
}
