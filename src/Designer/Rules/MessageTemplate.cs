using System.Text;
using Designer.Expressions;
using Designer.Expressions.Runtime;
using Designer.Localization;

namespace Designer.Rules;

/// <summary>
/// A message with <c>{{ expr }}</c> holes, each compiled once; rendered per finding, its numbers written as the
/// message's language writes them (see <see cref="Display"/>).
/// </summary>
public sealed class MessageTemplate
{
    private IReadOnlyList<(string Literal, CompiledExpression? Expr)>? _parts;

    private MessageTemplate(string text, Language language, IReadOnlyList<(string, CompiledExpression?)>? parts)
    {
        Text = text;
        Language = language;
        _parts = parts;
    }

    /// <summary>
    /// A template whose holes compile when it first renders: for a pack whose every message is known to compile
    /// (the built-in one, which its tests load eagerly), so that a run compiles only the messages of the rules
    /// that find something. A hole that does not compile renders as its error, in angle brackets.
    /// </summary>
    internal static MessageTemplate Deferred(string text, Language language) => new(text, language, null);

    public string Text { get; }

    /// <summary>The language the message is written in: a pack's own messages are English, a translation's its language.</summary>
    public Language Language { get; }

    /// <summary>Compiles an English template; on a bad hole gives the error and its offset in <paramref name="text"/>.</summary>
    public static bool TryCompile(string text, out MessageTemplate? template, out ExpressionError? error, out int errorOffset) =>
        TryCompile(text, Language.English, out template, out error, out errorOffset);

    /// <summary>Compiles a template written in <paramref name="language"/>; on a bad hole gives the error and its offset in <paramref name="text"/>.</summary>
    public static bool TryCompile(string text, Language language, out MessageTemplate? template, out ExpressionError? error, out int errorOffset)
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
        template = new MessageTemplate(text, language, parts);
        return true;
    }

    public string Render(IScope scope)
    {
        var parts = _parts ?? LazyInitializer.EnsureInitialized(ref _parts, Compile);
        var sb = new StringBuilder();
        foreach (var (literal, expr) in parts)
        {
            if (expr is null)
            {
                sb.Append(literal);
                continue;
            }
            var v = expr.Evaluate(scope);
            sb.Append(v.IsError ? $"<{v.AsError.Message}>" : Display(v, Language));
        }
        return sb.ToString();
    }

    private IReadOnlyList<(string, CompiledExpression?)> Compile() =>
        TryCompile(Text, Language, out var template, out var error, out _)
            ? template!._parts!
            : [($"<{error!.Message}>", null)];

    /// <summary>
    /// How a value reads in a message, in its language: the language's decimal mark (0.35, 0,35), and thousands
    /// grouped only from five integer digits up (1,080,000 and 1.080.000; 12,500 and 12.500), so that a reader
    /// compares amounts at a glance while years (2031), months and counts under 10,000 stay as they are: Spanish and
    /// Portuguese do not group four digits, and a grouped year would misread in all three languages.
    /// <c>Display(Value.Double(1080000.5), Language.Spanish)</c> → <c>1.080.000,5</c>.
    /// </summary>
    internal static string Display(Value v, Language language) => v.Kind switch
    {
        ValueKind.Int when Math.Abs(v.AsInt) >= 10_000 => NumberFormats.Format(v.AsInt, language),
        ValueKind.Double when double.IsFinite(v.AsDouble) =>
            NumberFormats.Format(v.AsDouble, Math.Abs(v.AsDouble) >= 10_000 ? "#,0.##########" : "0.############", language),
        ValueKind.List => string.Join(", ", v.AsList.Items.Select(item => Display(item, language))),
        _ => ValueFormatter.ToDisplay(v),
    };
}
