using System.Text.RegularExpressions;
using Designer.Expressions;
using Designer.Expressions.Compilation;
using Designer.Expressions.Runtime;
using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>
/// Which patterns may run on the backtracking engine (cheap to build) and which must run on the non-backtracking
/// one (linear to match), and that the choice never changes an answer.
/// </summary>
public sealed class PatternShapeTests
{
    public static TheoryData<string> Simple =>
    [
        @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b",
        "^Terr",
        @"^\p{Lu}",
        "(?i)abc",
        "(?<year>2027)|2028",
        "((?'a'x)|y)z",
        "[]a]b",
        "[a-z-[aeiou]]x",
        "a{b",
        "",
    ];

    public static TheoryData<string> Guarded =>
    [
        "^(a+)+$",
        "(a|aa)+b",
        "^Terr.*SME",
        "colou?r",
        "^[A-Z]+$",
        @"\d{4}",
        "a*?b",
        "(a|b)(c|d)",
        "a|b(c|d)",
        @"(a)\1",
        @"(?<n>a)\k<n>",
        "(?=a)a",
        "(?!a)b",
        "(?<=a)b",
        "(?<!a)b",
        "(?>a)b",
        "(?(a)a|b)",
        "(?x)(a|aa) b",
        "(a",
        "a)",
        "[a-z",
        "\\",
    ];

    [Theory]
    [MemberData(nameof(Simple))]
    public void Patterns_without_quantifiers_and_with_alternatives_in_one_place_may_backtrack(string pattern) =>
        Assert.True(PatternShape.IsBacktrackingSafe(pattern), pattern);

    [Theory]
    [MemberData(nameof(Guarded))]
    public void Quantifiers_alternatives_in_two_places_and_lookarounds_go_to_the_linear_engine(string pattern) =>
        Assert.False(PatternShape.IsBacktrackingSafe(pattern), pattern);

    public static TheoryData<string, string> Answers => new()
    {
        { @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b", "Baseline: tbd by the survey" },
        { @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b", "todo el territorio" },
        { @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b", "Meta: POR DEFINIR." },
        { @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b", "TODOS los productores" },
        { @"\b(TODO|(?i:TBD)|POR DEFINIR|A DEFINIR)\b", "Línea de base: A DEFINIR" },
        { "^Terr", "Territorial SME programme" },
        { "^Terr", "The Territorial SME programme" },
        { "(?<year>2027)|2028", "from 2028 on" },
        { @"^\p{Lu}", "Ñandutí" },
        { @"^\p{Lu}", "ñandutí" },
        { "(?i)ação", "AÇÃO" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Both_engines_give_the_same_answer_for_a_simple_pattern(string pattern, string text)
    {
        Assert.True(PatternShape.IsBacktrackingSafe(pattern));
        var backtracking = new Regex(pattern, RegexOptions.CultureInvariant).IsMatch(text);
        var linear = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking).IsMatch(text);
        Assert.Equal(linear, backtracking);
        var value = ExpressionEngine.Evaluate($"'{text}'.matches('{pattern.Replace("\\", "\\\\", StringComparison.Ordinal)}')");
        Assert.Equal(ValueKind.Bool, value.Kind);
        Assert.Equal(linear, value.AsBool);
    }

    [Fact]
    public void A_pattern_is_built_once_for_every_expression_that_writes_it()
    {
        var pattern = "^shared pattern " + Guid.NewGuid().ToString("N");
        var first = FunctionRegistry.BuildRegex(pattern, ExpressionLimits.Default, out _);
        var second = FunctionRegistry.BuildRegex(pattern, ExpressionLimits.Default, out _);
        Assert.NotNull(first);
        Assert.Same(first, second);
        // A different time limit is a different regex: the limit is part of it.
        var other = FunctionRegistry.BuildRegex(pattern, ExpressionLimits.Default with { RegexTimeout = TimeSpan.FromSeconds(1) }, out _);
        Assert.NotSame(first, other);
        Assert.Equal(TimeSpan.FromSeconds(1), other!.MatchTimeout);
    }

    [Fact]
    public void A_construct_the_linear_engine_refuses_is_still_refused()
    {
        // A pattern written in the expression is refused when it compiles, one that arrives as a value when it runs.
        var ex = Assert.Throws<ExpressionException>(() => ExpressionEngine.Compile("'ab'.matches('(?<=a)b')"));
        Assert.Contains("unsupported regular expression", ex.Message, StringComparison.Ordinal);
        var value = ExpressionEngine.Evaluate("'ab'.matches(p)", new MapScope(CelMap.FromPairs([(Value.String("p"), Value.String("(?<=a)b"))])));
        Assert.True(value.IsError);
        Assert.Contains("unsupported regular expression", value.AsError.Message, StringComparison.Ordinal);
    }
}
