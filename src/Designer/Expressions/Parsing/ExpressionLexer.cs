using System.Globalization;
using System.Text;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Sprache;

namespace Designer.Expressions.Parsing;

/// <summary>The lexical productions of the grammar: white space and comments, identifiers, numbers and strings.
/// A class of its own so that its parsers are initialised before the grammar that uses them.</summary>
internal static class ExpressionLexer
{
    /// <summary>Words CEL reserves: they may not name a variable or a function.</summary>
    internal static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while", "in", "true", "false", "null",
    };

    /// <summary>Skips white space and <c>//</c> comments; returns the input unchanged (no allocation) when there is none.</summary>
    internal static IInput SkipInput(IInput input)
    {
        if (input is TextInput text)
        {
            var source = text.Source;
            var p = text.Position;
            while (p < source.Length)
            {
                var ch = source[p];
                if (ch is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    p++;
                }
                else if (ch == '/' && p + 1 < source.Length && source[p + 1] == '/')
                {
                    while (p < source.Length && source[p] != '\n')
                    {
                        p++;
                    }
                }
                else
                {
                    break;
                }
            }
            return text.At(p);
        }
        var i = input;
        while (!i.AtEnd)
        {
            var c = i.Current;
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i = i.Advance();
            }
            else if (c == '/' && i.Position + 1 < i.Source.Length && i.Source[i.Position + 1] == '/')
            {
                while (!i.AtEnd && i.Current != '\n')
                {
                    i = i.Advance();
                }
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Skips white space and <c>//</c> comments.</summary>
    internal static readonly Parser<object?> Skip = input => Result.Success<object?>(null, SkipInput(input));

    /// <summary>A token: white space and comments, then the parser. Trailing space is left to the next token,
    /// so that every span ends exactly where its text does.</summary>
    internal static Parser<T> Tok<T>(this Parser<T> parser) => input =>
    {
        var skipped = SkipInput(input);
        var r = parser(skipped);
        if (r.WasSuccessful || r.Remainder.Position != skipped.Position)
        {
            return r;
        }
        // Nothing but space was consumed: fail at the original position, so that XMany and XOptional backtrack.
        return Result.Failure<T>(input, r.Message, r.Expectations);
    };

    /// <summary>A punctuation or operator symbol, matched exactly.</summary>
    internal static Parser<string> Sym(string text)
    {
        // Failures are the common case while the parser tries alternatives: they share one message and one
        // expectation array, and the message is made readable only if the failure reaches the user.
        string[] expected = [$"`{text}`"];
        return input =>
        {
            var i = input;
            foreach (var c in text)
            {
                if (i.AtEnd || i.Current != c)
                {
                    return Result.Failure<string>(input, Unexpected, expected);
                }
                i = i.Advance();
            }
            return Result.Success(text, i);
        };
    }

    /// <summary>
    /// One of several operators, longest first, after white space: one attempt per position instead of one per
    /// operator, and no result object when there is no operator (the common case at every precedence level).
    /// A word operator (<c>in</c>) must not continue as a name.
    /// </summary>
    internal sealed class OperatorSet(params string[] ops)
    {
        private readonly string[] _ordered = ops.OrderByDescending(o => o.Length).ToArray();

        public bool TryMatch(IInput input, out string op, out IInput rest)
        {
            var i = SkipInput(input);
            var source = i.Source;
            var pos = i.Position;
            foreach (var candidate in _ordered)
            {
                if (pos + candidate.Length <= source.Length && string.CompareOrdinal(source, pos, candidate, 0, candidate.Length) == 0
                    && !(IsIdentStart(candidate[0]) && pos + candidate.Length < source.Length && IsIdentPart(source[pos + candidate.Length])))
                {
                    op = candidate;
                    rest = AdvanceTo(i, pos + candidate.Length);
                    return true;
                }
            }
            op = "";
            rest = input;
            return false;
        }
    }

    /// <summary>The message of an ordinary failure; <see cref="SyntaxErrors"/> names the character when it reports it.</summary>
    internal const string Unexpected = "unexpected";

    private static readonly string[] ExpectedName = ["a name"];
    private static readonly string[] ExpectedNumber = ["a number"];
    private static readonly string[] ExpectedString = ["a string"];
    private static readonly string[] ExpectedFieldName = ["a field name"];

    private static bool IsIdentStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsIdentPart(char c) => IsIdentStart(c) || c is >= '0' and <= '9';

    /// <summary>An identifier or keyword, as raw text with its start and end offsets.</summary>
    internal static readonly Parser<(string Text, int Start, int End)> Word = input =>
    {
        if (input.AtEnd || !IsIdentStart(input.Current))
        {
            return Result.Failure<(string, int, int)>(input, Unexpected, ExpectedName);
        }
        var start = input.Position;
        var source = input.Source;
        var end = start;
        while (end < source.Length && IsIdentPart(source[end]))
        {
            end++;
        }
        return Result.Success((source[start..end], start, end), AdvanceTo(input, end));
    };

    /// <summary>A field name in backquotes, for keys that are not identifiers: <c>m.`content-type`</c>.</summary>
    internal static readonly Parser<(string Text, int Start, int End)> QuotedField = input =>
    {
        if (input.AtEnd || input.Current != '`')
        {
            return Result.Failure<(string, int, int)>(input, Unexpected, ExpectedFieldName);
        }
        var s = input.Source;
        var start = input.Position;
        var close = s.IndexOf('`', start + 1);
        if (close < 0 || close == start + 1 || s.AsSpan(start + 1, close - start - 1).ContainsAny('\n', '\r'))
        {
            return Result.Failure<(string, int, int)>(input, "unterminated quoted field name", ["closing `"]);
        }
        return Result.Success((s[(start + 1)..close], start, close + 1), AdvanceTo(input, close + 1));
    };

    /// <summary>A keyword: the word must not continue as an identifier (<c>in</c> but not <c>index</c>).</summary>
    internal static Parser<string> Keyword(string word)
    {
        string[] expected = [$"`{word}`"];
        return input =>
        {
            var r = Word(input);
            if (r.WasSuccessful && r.Value.Text == word)
            {
                return Result.Success(word, r.Remainder);
            }
            return Result.Failure<string>(input, Unexpected, expected);
        };
    }

    /// <summary>A name that may be a variable or a function: not a reserved word.</summary>
    internal static readonly Parser<(string Text, int Start, int End)> Identifier = input =>
    {
        var r = Word(input);
        if (!r.WasSuccessful)
        {
            return r;
        }
        if (ReservedWords.Contains(r.Value.Text))
        {
            return Result.Failure<(string, int, int)>(input, $"unexpected reserved word `{r.Value.Text}`", ["a name"]);
        }
        return r;
    };

    /// <summary>
    /// Numbers: decimal and hexadecimal ints, doubles with fraction and exponent, and Designer's <c>_</c> digit
    /// separators (<c>1_250_000</c>). An int literal of exactly 2^63 is kept for a following unary minus.
    /// </summary>
    internal static readonly Parser<Expr> Number = input =>
    {
        var s = input.Source;
        var start = input.Position;
        var p = start;
        bool IsDigit(int at) => at < s.Length && char.IsAsciiDigit(s[at]);
        bool IsDigitOrSeparator(int at) => at < s.Length && (char.IsAsciiDigit(s[at]) || (s[at] == '_' && IsDigit(at + 1) && at > start && char.IsAsciiDigit(s[at - 1])));

        if (!(IsDigit(p) || (p < s.Length && s[p] == '.' && IsDigit(p + 1))))
        {
            return Result.Failure<Expr>(input, Unexpected, ExpectedNumber);
        }

        if (s[p] == '0' && p + 1 < s.Length && (s[p + 1] == 'x' || s[p + 1] == 'X') && p + 2 < s.Length && char.IsAsciiHexDigit(s[p + 2]))
        {
            p += 2;
            var hexStart = p;
            while (p < s.Length && char.IsAsciiHexDigit(s[p]))
            {
                p++;
            }
            var hex = s[hexStart..p];
            return FinishInt(input, start, p, ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hv) ? hv : null);
        }

        while (IsDigitOrSeparator(p))
        {
            p++;
        }
        var isDouble = false;
        if (p < s.Length && s[p] == '.' && IsDigit(p + 1))
        {
            isDouble = true;
            p++;
            while (IsDigitOrSeparator(p))
            {
                p++;
            }
        }
        if (p < s.Length && (s[p] == 'e' || s[p] == 'E'))
        {
            var q = p + 1;
            if (q < s.Length && (s[q] == '+' || s[q] == '-'))
            {
                q++;
            }
            if (IsDigit(q))
            {
                isDouble = true;
                p = q;
                while (IsDigit(p))
                {
                    p++;
                }
            }
        }
        var text = s[start..p].Replace("_", "", StringComparison.Ordinal);
        if (isDouble)
        {
            var d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return Result.Success<Expr>(new LiteralExpr(Value.Double(d), start, p), AdvanceTo(input, p));
        }
        return FinishInt(input, start, p, ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null);
    };

    private static IResult<Expr> FinishInt(IInput input, int start, int end, ulong? magnitude)
    {
        var s = input.Source;
        if (end < s.Length && (s[end] == 'u' || s[end] == 'U'))
        {
            return Result.Failure<Expr>(AdvanceTo(input, end), "unsigned integers (the `u` suffix) are not supported; write a plain int", ["an int"]);
        }
        if (end < s.Length && IsIdentPart(s[end]))
        {
            return Result.Failure<Expr>(AdvanceTo(input, end), $"unexpected `{s[end]}` after a number", ["an operator"]);
        }
        if (magnitude is null || magnitude > 9223372036854775808UL)
        {
            // Fail past the digits, so that this message wins over the alternatives that fail at the start.
            return Result.Failure<Expr>(AdvanceTo(input, end), "integer literal out of range (64-bit)", ["an int"]);
        }
        Expr node = magnitude == 9223372036854775808UL
            ? new MinIntMagnitudeExpr(start, end)
            : new LiteralExpr(Value.Int((long)magnitude.Value), start, end);
        return Result.Success(node, AdvanceTo(input, end));
    }

    private static IInput AdvanceTo(IInput input, int position)
    {
        var i = input;
        while (i.Position < position && !i.AtEnd)
        {
            i = i.Advance();
        }
        return i;
    }

    /// <summary>String literals: single, double and triple quotes, the raw prefix <c>r</c>, and CEL's escapes.</summary>
    internal static readonly Parser<Expr> StringLiteral = input =>
    {
        var s = input.Source;
        var start = input.Position;
        var p = start;
        var raw = false;
        if (p < s.Length && (s[p] == 'r' || s[p] == 'R') && p + 1 < s.Length && (s[p + 1] == '\'' || s[p + 1] == '"'))
        {
            raw = true;
            p++;
        }
        else if (p < s.Length && (s[p] == 'b' || s[p] == 'B') && p + 1 < s.Length && (s[p + 1] == '\'' || s[p + 1] == '"'))
        {
            return Result.Failure<Expr>(input, "bytes literals are not supported; use a string", ["a string"]);
        }
        if (p >= s.Length || (s[p] != '\'' && s[p] != '"'))
        {
            return Result.Failure<Expr>(input, Unexpected, ExpectedString);
        }
        var quote = s[p];
        var triple = p + 2 < s.Length && s[p + 1] == quote && s[p + 2] == quote;
        if (!triple)
        {
            // The common case, a short single-line string without escapes, is one slice of the text.
            var close = s.IndexOf(quote, p + 1);
            if (close > 0 && s.IndexOfAny(['\\', '\n', '\r'], p + 1, close - p - 1) < 0)
            {
                return Result.Success<Expr>(new LiteralExpr(Value.String(s[(p + 1)..close]), start, close + 1), AdvanceTo(input, close + 1));
            }
        }
        var delimiter = triple ? new string(quote, 3) : quote.ToString();
        p += delimiter.Length;
        var sb = new StringBuilder();
        while (true)
        {
            if (p >= s.Length)
            {
                return Result.Failure<Expr>(AdvanceTo(input, p), "unterminated string", [$"closing {delimiter}"]);
            }
            if (string.CompareOrdinal(s, p, delimiter, 0, delimiter.Length) == 0)
            {
                p += delimiter.Length;
                break;
            }
            var c = s[p];
            if (!triple && (c == '\n' || c == '\r'))
            {
                return Result.Failure<Expr>(AdvanceTo(input, p), "a line break inside a string; use a triple-quoted string or \\n", [$"closing {delimiter}"]);
            }
            if (c == '\\' && !raw)
            {
                var escapeStart = p;
                if (!TryEscape(s, ref p, sb))
                {
                    return Result.Failure<Expr>(AdvanceTo(input, escapeStart), "invalid escape sequence in a string", ["an escape such as \\n, \\t, \\\\, \\', \\\", \\xHH or \\uHHHH"]);
                }
                continue;
            }
            if (c == '\\' && raw && p + 1 < s.Length && s[p + 1] == quote && !triple)
            {
                // In a raw string a backslash still keeps the quote from ending the string.
                sb.Append(c).Append(s[p + 1]);
                p += 2;
                continue;
            }
            sb.Append(c);
            p++;
        }
        return Result.Success<Expr>(new LiteralExpr(Value.String(sb.ToString()), start, p), AdvanceTo(input, p));
    };

    private static bool TryEscape(string s, ref int p, StringBuilder sb)
    {
        if (p + 1 >= s.Length)
        {
            return false;
        }
        var e = s[p + 1];
        switch (e)
        {
            case 'a': sb.Append('\a'); p += 2; return true;
            case 'b': sb.Append('\b'); p += 2; return true;
            case 'f': sb.Append('\f'); p += 2; return true;
            case 'n': sb.Append('\n'); p += 2; return true;
            case 'r': sb.Append('\r'); p += 2; return true;
            case 't': sb.Append('\t'); p += 2; return true;
            case 'v': sb.Append('\v'); p += 2; return true;
            case '\\':
            case '\'':
            case '"':
            case '`':
            case '?':
                sb.Append(e);
                p += 2;
                return true;
            case 'x': case 'X': return TryHex(s, ref p, 2, sb);
            case 'u': return TryHex(s, ref p, 4, sb);
            case 'U': return TryHex(s, ref p, 8, sb);
            case >= '0' and <= '3':
                if (p + 3 < s.Length && s[p + 2] is >= '0' and <= '7' && s[p + 3] is >= '0' and <= '7')
                {
                    sb.Append((char)(((e - '0') * 64) + ((s[p + 2] - '0') * 8) + (s[p + 3] - '0')));
                    p += 4;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static bool TryHex(string s, ref int p, int digits, StringBuilder sb)
    {
        if (p + 2 + digits > s.Length)
        {
            return false;
        }
        var hex = s.AsSpan(p + 2, digits);
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code < 0 || code > 0x10FFFF)
        {
            return false;
        }
        if (code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }
        sb.Append(char.ConvertFromUtf32(code));
        p += 2 + digits;
        return true;
    }

    internal static Parser<(T Value, int Start, int End)> WithSpan<T>(this Parser<T> parser) => input =>
    {
        var r = parser(input);
        return r.WasSuccessful
            ? Result.Success((r.Value, input.Position, r.Remainder.Position), r.Remainder)
            : Result.Failure<(T, int, int)>(r.Remainder, r.Message, r.Expectations);
    };

    internal static Parser<(T Value, int End)> WithEnd<T>(this Parser<T> parser) => input =>
    {
        var r = parser(input);
        return r.WasSuccessful
            ? Result.Success((r.Value, r.Remainder.Position), r.Remainder)
            : Result.Failure<(T, int)>(r.Remainder, r.Message, r.Expectations);
    };

    internal static Parser<(T Value, int Start)> Positioned<T>(this Parser<T> parser) => input =>
    {
        // Skip leading white space first so the start is that of the symbol itself.
        var skipped = SkipInput(input);
        var r = parser(skipped);
        if (r.WasSuccessful)
        {
            return Result.Success((r.Value, skipped.Position), r.Remainder);
        }
        return Result.Failure<(T, int)>(r.Remainder.Position == skipped.Position ? input : r.Remainder, r.Message, r.Expectations);
    };
}
