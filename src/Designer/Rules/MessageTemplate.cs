using System.Text;
using Designer.Expressions;
using Designer.Expressions.Runtime;

namespace Designer.Rules;

/// <summary>A message with <c>{{ expr }}</c> holes, each compiled once; rendered per finding.</summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<(string Literal, CompiledExpression? Expr)> _parts;

    private MessageTemplate(string text, IReadOnlyList<(string, CompiledExpression?)> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>Compiles a template; on a bad hole gives the error and its offset in <paramref name="text"/>.</summary>
    public static bool TryCompile(string text, out MessageTemplate? template, out ExpressionError? error, out int errorOffset)
    {
        var parts = new List<(string, CompiledExpression?)>();
        var pos = 0;
        template = null;
        error = null;
        errorOffset = 0;
        while (pos < text.Length)
        {
            var open = text.IndexOf("{{", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add((text[pos..], null));
                break;
            }
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                error = new ExpressionError("`{{` without a closing `}}`", 0, 2);
                errorOffset = open;
                return false;
            }
            if (open > pos)
            {
                parts.Add((text[pos..open], null));
            }
            var exprText = text[(open + 2)..close];
            if (!ExpressionEngine.TryCompile(exprText, out var compiled, out error))
            {
                errorOffset = open + 2;
                return false;
            }
            if (compiled!.Warnings.Count > 0)
            {
                error = compiled.Warnings[0];
                errorOffset = open + 2;
                return false;
            }
            parts.Add(("", compiled));
            pos = close + 2;
        }
        template = new MessageTemplate(text, parts);
        return true;
    }

    public string Render(IScope scope)
    {
        var sb = new StringBuilder();
        foreach (var (literal, expr) in _parts)
        {
            if (expr is null)
            {
                sb.Append(literal);
                continue;
            }
            var v = expr.Evaluate(scope);
            sb.Append(v.IsError ? $"<{v.AsError.Message}>" : Display(v));
        }
        return sb.ToString();
    }

    /// <summary>
    /// How a value reads in a message: money and large counts grouped by thousands (1,800,000), so that a reader
    /// compares amounts at a glance; numbers under 10,000 (years, months, small counts) as they are.
    /// </summary>
    internal static string Display(Value v) => v.Kind switch
    {
        ValueKind.Int when Math.Abs(v.AsInt) >= 10_000 => v.AsInt.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Double when double.IsFinite(v.AsDouble) && Math.Abs(v.AsDouble) >= 10_000 => v.AsDouble.ToString("#,0.##########", System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.List => string.Join(", ", v.AsList.Items.Select(Display)),
        _ => ValueFormatter.ToDisplay(v),
    };
}
