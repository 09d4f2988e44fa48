using Designer.Diagnostics;
using Designer.Expressions.Ast;
using Sprache;

namespace Designer.Expressions.Parsing;

/// <summary>Rewords Sprache's failures as messages a project designer can act on.</summary>
internal static class SyntaxErrors
{
    public static ExpressionError From(string text, IResult<Expr> failure)
    {
        var position = Math.Min(failure.Remainder?.Position ?? 0, text.Length);
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
        var message = failure.Message ?? "syntax error";
        if (message == ExpressionLexer.Unexpected || message.StartsWith("unexpected '", StringComparison.Ordinal) || message.StartsWith("Unexpected", StringComparison.Ordinal) || message.Length == 0)
        {
            message = position >= text.Length ? "unexpected end of expression" : $"unexpected `{text[position]}`";
        }
        else if (!message.StartsWith("unexpected", StringComparison.Ordinal) && !message.Contains(' ', StringComparison.Ordinal))
        {
            message = position >= text.Length ? "unexpected end of expression" : $"unexpected `{text[position]}`";
        }
        var expected = failure.Expectations?
            .Select(e => e switch
            {
                "end of input" => "an operator or the end of the expression",
                _ => e,
            })
            .Distinct()
            .ToList() ?? [];
        var word = ReservedWordAt(text, position);
        if (word is not null && message.StartsWith("unexpected `", StringComparison.Ordinal))
        {
            message = $"unexpected reserved word `{word}`";
        }
        var expectedText = expected.Count == 0 ? null : string.Join(" or ", expected);
        if (expectedText is not null && expectedText != "an int" && !message.Contains(", expected", StringComparison.Ordinal))
        {
            message += ", expected " + expectedText;
        }
        return new ExpressionError(message, position, Math.Min(position + 1, text.Length), expectedText);
    }

    private static string? ReservedWordAt(string text, int position)
    {
        var end = position;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }
        var word = text[position..end];
        return word is not ("true" or "false" or "null" or "in") && ExpressionLexer.ReservedWords.Contains(word) ? word : null;
    }

    /// <summary>The exact text of a syntax error: <c>Syntax error (line 1, column 7): ...</c>.</summary>
    public static string Format(string text, ExpressionError error)
    {
        var locator = new TextLocator("", text);
        var (line, column) = locator.Locate(error.Start);
        return $"Syntax error (line {line}, column {column}): {error.Message}";
    }
}
