using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;

namespace Designer.Projects.Loading;

/// <summary>Messages for numbers and text written as people write them, with the exact fix.</summary>
internal sealed partial class SchemaBinder
{
    /// <summary>
    /// A scalar that is not a number where one is wanted, but is one as people write it (<c>1.080.000</c>,
    /// <c>95%</c>): an error that names the intent and the fix; the intended value is kept so that the rules see it.
    /// </summary>
    private bool TryNumberAsWritten(YamlScalar s, ScalarType type, out Value value)
    {
        value = Value.Null;
        if (type.Kind is ScalarKind.Int or ScalarKind.Number && NumberHints.ThousandsSeparated(s.Value) is { } meant)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.thousands", ("path", _path.ToString()), ("value", s.Value.Trim()), ("fix", NumberHints.WriteWithout(meant))), s.Span,
                LocalText.Of("schema.thousands.hint"));
            value = Value.Int(meant);
            return true;
        }
        if (type.Kind is ScalarKind.Ratio && NumberHints.Percentage(s.Value) is { } share)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.percent-share", ("path", _path.ToString()), ("value", s.Value.Trim()), ("share", NumberHints.Share(share))), s.Span,
                LocalText.Of("schema.percent-share.hint"));
            value = Value.Double(share);
            return true;
        }
        return false;
    }

    /// <summary>
    /// <c>counterpart: 720.000</c> is a valid number (720) that is almost surely seven hundred and twenty thousand:
    /// a warning in money and count fields. In a whole-number field <c>1.350</c> cannot be 1.35 at all: an error
    /// that names 1350, which is kept as the value.
    /// </summary>
    private bool TryDotAsThousands(YamlScalar s, ScalarType type, Value read, out Value value)
    {
        value = read;
        if (!s.Plain || !NumberHints.IsMoneyOrCount(type) || NumberHints.DotAsThousands(s.Value) is not { } meant)
        {
            return false;
        }
        if (type.Kind == ScalarKind.Int && read.AsDouble != Math.Floor(read.AsDouble))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.dot-in-whole", ("path", _path.ToString()), ("value", s.Value.Trim()), ("meant", NumberHints.Grouped(meant)), ("fix", NumberHints.WriteWithout(meant))), s.Span,
                LocalText.Of("schema.dot-in-whole.hint"));
            value = Value.Int(meant);
            return true;
        }
        diagnostics.Add(Diagnostic.From(Severity.Warning, DiagnosticCodes.BadValue,
            LocalText.Of("schema.dot-as-thousands", ("path", _path.ToString()), ("read", read.AsDouble.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)), ("value", s.Value.Trim()), ("meant", NumberHints.Grouped(meant)), ("fix", NumberHints.WriteWithout(meant))),
            s.Span, LocalText.Of("schema.dot-as-thousands.hint")));
        return false;
    }

    /// <summary>
    /// <c>{ mif: 1,080,000 }</c>: inside braces YAML takes each comma as the end of an entry and reads <c>mif: 1</c>
    /// followed by keys <c>080</c> and <c>000</c>. Finds such runs so that they are reported once, as the number meant.
    /// </summary>
    private (Dictionary<YamlScalar, long>? Heads, HashSet<YamlScalar>? Swallowed) ThousandsInBraces(YamlMapping map)
    {
        // Made only for a mapping that has such a run: almost none does.
        Dictionary<YamlScalar, long>? heads = null;
        HashSet<YamlScalar>? swallowed = null;
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Value is not YamlScalar { Plain: true } first || !LeadingGroup().IsMatch(first.Value))
            {
                continue;
            }
            var digits = first.Value;
            var j = i + 1;
            while (j < entries.Count && ThreeDigits().IsMatch(entries[j].Key.Value) && entries[j].Value is YamlScalar { Plain: true, Value: "" }
                   && CommaBetween(j == i + 1 ? first.Span : entries[j - 1].Key.Span, entries[j].Key.Span))
            {
                digits += entries[j].Key.Value;
                j++;
            }
            if (j > i + 1 && long.TryParse(digits, out var meant))
            {
                (heads ??= [])[entries[i].Key] = meant;
                for (var k = i + 1; k < j; k++)
                {
                    (swallowed ??= []).Add(entries[k].Key);
                }
                var written = locator.Text[first.Span.Start..entries[j - 1].Key.Span.End];
                diagnostics.Error(DiagnosticCodes.BadValue,
                    LocalText.Of("schema.commas-in-braces", ("key", entries[i].Key.Value), ("written", written), ("fix", NumberHints.WriteWithout(meant))),
                    locator.Span(first.Span.Start, entries[j - 1].Key.Span.End), LocalText.Of("schema.thousands.hint"));
                i = j - 1;
            }
        }
        return (heads, swallowed);
    }

    private bool CommaBetween(SourceSpan before, SourceSpan after) =>
        after.Start > before.End && locator.Text.AsSpan(before.End, after.Start - before.End).Trim().SequenceEqual(",");

    [GeneratedRegex(@"^[-+]?[0-9]{1,3}$")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"^[0-9]{3}$")]
    private static partial Regex ThreeDigits();
}
