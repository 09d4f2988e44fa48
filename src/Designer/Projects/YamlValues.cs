using System.Globalization;
using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;
using Designer.Projects.Yaml;

namespace Designer.Projects;

/// <summary>Turns YAML nodes into expression values, keeping spans, with YAML 1.2 core-schema typing of plain scalars.</summary>
public static partial class YamlValues
{
    // Designer extension, as in expressions: `_` groups digits (1_080_000).
    [GeneratedRegex(@"^[-+]?[0-9]+(_[0-9]+)*$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    /// <summary>The typed value of a scalar: quoted text stays text; plain text may be null, bool, int or double.</summary>
    public static Value Scalar(YamlScalar s)
    {
        if (!s.Plain)
        {
            return Value.String(s.Value);
        }
        var t = s.Value;
        switch (t)
        {
            case "" or "~" or "null" or "Null" or "NULL": return Value.Null;
            case "true" or "True" or "TRUE": return Value.True;
            case "false" or "False" or "FALSE": return Value.False;
            case ".inf" or "+.inf" or ".Inf" or ".INF": return Value.Double(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF": return Value.Double(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN": return Value.Double(double.NaN);
        }
        if (t[0] is not ((>= '0' and <= '9') or '-' or '+' or '.'))
        {
            // Both number patterns start with a digit, a sign or a point: a word is text without asking them.
            return Value.String(t);
        }
        if (IntPattern().IsMatch(t) && long.TryParse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return Value.Int(i);
        }
        if (FloatPattern().IsMatch(t) && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return Value.Double(d);
        }
        return Value.String(t);
    }

    /// <summary>Converts a whole subtree without a schema (rule-test snippets, <c>eval --in</c> of any YAML).</summary>
    public static Value ToValue(YamlNode node) => node switch
    {
        YamlScalar s => Scalar(s),
        YamlSequence seq => Value.List(new CelList(
            seq.Items.Select(ToValue).ToArray(),
            seq.Span,
            seq.Items.Select(i => (Diagnostics.SourceSpan?)i.Span).ToArray())),
        YamlMapping map => Value.Map(new CelMap(
            map.Entries
                .GroupBy(e => e.Key.Value, StringComparer.Ordinal)
                .Select(g => g.First())
                .Select(e => new CelMap.Entry(Value.String(string.Intern(e.Key.Value)), ToValue(e.Value), e.Key.Span, e.Value.Span))
                .ToArray(),
            map.Span)),
        _ => Value.Null,
    };
}
