using System.Globalization;
using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Yaml;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>A plain scalar's type: null, true/false, infinities, integers, floats, or text — read as YAML 1.2's core schema reads them.</summary>
public sealed partial class YamlValuesTests
{
    [GeneratedRegex(@"^[-+]?[0-9]+(_[0-9]+)*$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>The number rules alone, as written in the schema: an integer, else a float, else text.</summary>
    private static Value ByPatterns(string t) =>
        Int().IsMatch(t) && long.TryParse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? Value.Int(i)
        : Float().IsMatch(t) && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Value.Double(d)
        : Value.String(t);

    private static Value Read(string text) => YamlValues.Scalar(new YamlScalar(new SourceSpan("v.yaml", 0, 0, 1, 1, 1, 1), text, plain: true, quoted: false));

    [Theory]
    [InlineData("42")]
    [InlineData("-7")]
    [InlineData("+3")]
    [InlineData("1_000")]
    [InlineData(".5")]
    [InlineData("-.5e3")]
    [InlineData("2.")]
    [InlineData("9223372036854775808")]
    [InlineData("Huila")]
    [InlineData("TODO")]
    [InlineData("a1")]
    [InlineData("_1")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("0x1F")]
    [InlineData("1e")]
    [InlineData("e5")]
    public void A_plain_scalar_reads_as_the_number_patterns_say(string text) =>
        Assert.Equal(ByPatterns(text), Read(text));

    [Fact]
    public void Random_scalars_read_as_the_number_patterns_say()
    {
        var random = new Random(20261130);
        const string alphabet = "0123456789-+._eEax ";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (text is "~" || text.Contains(".inf", StringComparison.Ordinal) || text.Contains(".nan", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            Assert.True(ByPatterns(text).Equals(Read(text)), $"`{text}`");
        }
    }

    [Fact]
    public void The_words_of_the_core_schema_are_not_text()
    {
        Assert.Equal(Value.Null, Read("null"));
        Assert.Equal(Value.Null, Read(""));
        Assert.Equal(Value.True, Read("True"));
        Assert.Equal(Value.False, Read("FALSE"));
        Assert.True(double.IsPositiveInfinity(Read("+.inf").AsDouble));
        Assert.True(double.IsNaN(Read(".NaN").AsDouble));
    }
}
