using System.Runtime.CompilerServices;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Sprache;
using static Designer.Expressions.Parsing.ExpressionLexer;

namespace Designer.Expressions.Parsing;

/// <summary>
/// The grammar of Designer's CEL subset, in Sprache, bottom-up by precedence. Operator chains are folded
/// iteratively (Sprache's own ChainOperator recurses once per operator); nesting through parentheses, brackets
/// and calls is counted so that deep input ends in an error, never a stack overflow.
/// </summary>
internal static partial class ExpressionGrammar
{
    /// <summary>The deepest nesting of parentheses, brackets, braces and calls the parser accepts.</summary>
    public const int MaxNesting = 64;

    [ThreadStatic]
    private static int t_depth;

    private static readonly Parser<Expr> ExprRef = Parse.Ref(() => Expression!);

    /// <summary>A nested sub-expression: counts the depth and stops before the stack is at risk.</summary>
    private static readonly Parser<Expr> Nested = input =>
    {
        if (++t_depth > MaxNesting)
        {
            t_depth--;
            throw new NestingTooDeepException(input.Position);
        }
        try
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new NestingTooDeepException(input.Position);
            }
            return ExprRef(input);
        }
        finally
        {
            t_depth--;
        }
    };

    private static readonly Parser<string> Comma = Sym(",").Tok();

    /// <summary>Comma-separated expressions with an optional trailing comma, up to (not including) <paramref name="close"/>.</summary>
    private static Parser<IReadOnlyList<Expr>> ExprList(char close) => input =>
    {
        var items = new List<Expr>();
        var rest = input;
        while (true)
        {
            var next = SkipInput(rest);
            if (next.AtEnd || next.Current == close)
            {
                return Result.Success<IReadOnlyList<Expr>>(items, rest);
            }
            var item = Nested(rest);
            if (!item.WasSuccessful)
            {
                return Result.Failure<IReadOnlyList<Expr>>(item.Remainder, item.Message, item.Expectations);
            }
            items.Add(item.Value);
            var afterItem = SkipInput(item.Remainder);
            if (afterItem.AtEnd || afterItem.Current != ',')
            {
                return Result.Success<IReadOnlyList<Expr>>(items, item.Remainder);
            }
            rest = Comma(item.Remainder).Remainder;
        }
    };

    private static readonly Parser<string> OpenParen = Sym("(").Tok();
    private static readonly Parser<string> CloseParen = Sym(")").Tok();

    private static readonly Parser<Expr> Parenthesised = input =>
    {
        var open = OpenParen(input);
        if (!open.WasSuccessful)
        {
            return Result.Failure<Expr>(open.Remainder, open.Message, open.Expectations);
        }
        var inner = Nested(open.Remainder);
        if (!inner.WasSuccessful)
        {
            return inner;
        }
        var close = CloseParen(inner.Remainder);
        return close.WasSuccessful ? Result.Success(inner.Value, close.Remainder) : Result.Failure<Expr>(close.Remainder, close.Message, close.Expectations);
    };

    private static readonly Parser<Expr> ListLiteral =
        from open in Sym("[").Tok().Select(_ => 0).Positioned()
        from items in ExprList(']')
        from close in Sym("]").WithEnd().Tok()
        select (Expr)new ListExpr(items, open.Start, close.End);

    private static readonly Parser<(Expr Key, Expr Value)> MapEntry =
        from key in Nested
        from colon in Sym(":").Tok()
        from value in Nested
        select (key, value);

    private static readonly Parser<Expr> MapLiteral =
        from open in Sym("{").Tok().Select(_ => 0).Positioned()
        from entries in (from first in MapEntry
                         from rest in (from comma in Sym(",").Tok()
                                       from e in MapEntry
                                       select e).XMany()
                         from trailing in Sym(",").Tok().XOptional()
                         select (IReadOnlyList<(Expr, Expr)>)[first, .. rest])
                        .XOr(Parse.Return<IReadOnlyList<(Expr, Expr)>>([]))
        from close in Sym("}").WithEnd().Tok()
        select (Expr)new MapExpr(entries, open.Start, close.End);

    private static readonly Parser<IReadOnlyList<Expr>> ArgList = ExprList(')');

    private static readonly Parser<IReadOnlyList<Expr>> CallArgs = input =>
    {
        var open = OpenParen(input);
        if (!open.WasSuccessful)
        {
            return Result.Failure<IReadOnlyList<Expr>>(open.Remainder, open.Message, open.Expectations);
        }
        var args = ArgList(open.Remainder);
        if (!args.WasSuccessful)
        {
            return args;
        }
        var close = CloseParen(args.Remainder);
        return close.WasSuccessful ? Result.Success(args.Value, close.Remainder) : Result.Failure<IReadOnlyList<Expr>>(close.Remainder, close.Message, close.Expectations);
    };

    private static readonly Parser<string> RootDot = Sym(".").Tok();
    private static readonly Parser<(string Text, int Start, int End)> NameToken = Identifier.Tok();
    private static readonly Parser<(IReadOnlyList<Expr> Value, int End)> CallArgsWithEnd = CallArgs.WithEnd();

    /// <summary>A name, optionally called: <c>x</c>, <c>size(x)</c>, <c>.x</c> (rooted name).</summary>
    private static readonly Parser<Expr> NameOrCall = input =>
    {
        var rest = input;
        var start = SkipInput(input);
        if (!start.AtEnd && start.Current == '.')
        {
            var dot = RootDot(rest);
            rest = dot.Remainder;
        }
        var name = NameToken(rest);
        if (!name.WasSuccessful)
        {
            return Result.Failure<Expr>(name.Remainder, name.Message, name.Expectations);
        }
        var afterName = SkipInput(name.Remainder);
        if (afterName.AtEnd || afterName.Current != '(')
        {
            return Result.Success<Expr>(new IdentExpr(name.Value.Text, name.Value.Start, name.Value.End), name.Remainder);
        }
        var args = CallArgsWithEnd(name.Remainder);
        return args.WasSuccessful
            ? Result.Success(MakeCall(null, name.Value.Text, args.Value.Value, name.Value.Start, args.Value.End), args.Remainder)
            : Result.Failure<Expr>(args.Remainder, args.Message, args.Expectations);
    };

    private static readonly Parser<Expr> KeywordLiteral =
        Keyword("true").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.True, k.Start, k.End))
            .Or(Keyword("false").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.False, k.Start, k.End)))
            .Or(Keyword("null").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.Null, k.Start, k.End)));

    private static readonly Parser<Expr> NumberToken = Number.Tok();
    private static readonly Parser<Expr> StringToken = StringLiteral.Tok();
    private static readonly Parser<Expr> NameOrKeyword = NameOrCall.Or(KeywordLiteral);

    /// <summary>
    /// The first character decides which production to try, so each primary costs one attempt rather than
    /// a failure per alternative. String prefixes (r'…', b'…') are told from names by the quote after them.
    /// </summary>
    private static readonly Parser<Expr> Primary = ((Parser<Expr>)(input =>
    {
        var i = SkipInput(input);
        if (i.AtEnd)
        {
            return Result.Failure<Expr>(input, Unexpected, ExpectedExpression);
        }
        var source = i.Source;
        var pos = i.Position;
        var c = source[pos];
        var next = pos + 1 < source.Length ? source[pos + 1] : '\0';
        switch (c)
        {
            case '(': return Parenthesised(input);
            case '[': return ListLiteral(input);
            case '{': return MapLiteral(input);
            case '\'' or '"': return StringToken(input);
            case '.' when char.IsAsciiDigit(next): return NumberToken(input);
            case >= '0' and <= '9': return NumberToken(input);
            case 'r' or 'R' or 'b' or 'B' when next is '\'' or '"': return StringToken(input);
            default: return NameOrKeyword(input);
        }
    })).Named("an expression");

    private static readonly string[] ExpectedExpression = ["an expression"];

    private abstract record Postfix(int End);

    private sealed record FieldPostfix(string Name, IReadOnlyList<Expr>? Args, int End) : Postfix(End);

    private sealed record IndexPostfix(Expr Index, int End) : Postfix(End);

    private static readonly Parser<string> MemberDot = Sym(".").Tok();
    private static readonly Parser<(string Text, int Start, int End)> FieldName = Word.Or(QuotedField).Tok().Named("a field name");

    private static readonly Parser<Postfix> FieldOrMethod = input =>
    {
        var dot = MemberDot(input);
        if (!dot.WasSuccessful)
        {
            return Result.Failure<Postfix>(dot.Remainder, dot.Message, dot.Expectations);
        }
        var name = FieldName(dot.Remainder);
        if (!name.WasSuccessful)
        {
            return Result.Failure<Postfix>(name.Remainder, name.Message, name.Expectations);
        }
        var afterName = SkipInput(name.Remainder);
        if (afterName.AtEnd || afterName.Current != '(')
        {
            return Result.Success<Postfix>(new FieldPostfix(name.Value.Text, null, name.Value.End), name.Remainder);
        }
        var args = CallArgsWithEnd(name.Remainder);
        return args.WasSuccessful
            ? Result.Success<Postfix>(new FieldPostfix(name.Value.Text, args.Value.Value, args.Value.End), args.Remainder)
            : Result.Failure<Postfix>(args.Remainder, args.Message, args.Expectations);
    };

    private static readonly Parser<Postfix> IndexSuffix =
        from open in Sym("[").Tok()
        from index in Nested
        from close in Sym("]").WithEnd().Tok()
        select (Postfix)new IndexPostfix(index, close.End);

    private static readonly Parser<Postfix> PostfixOp = FieldOrMethod.Or(IndexSuffix);

    // The productions below run once per operand at every precedence level, so they are written as plain loops
    // over Sprache parsers rather than LINQ queries, which build new parser objects on every call.
    private static readonly Parser<Expr> Member = input =>
    {
        var primary = Primary(input);
        if (!primary.WasSuccessful)
        {
            return primary;
        }
        var target = primary.Value;
        var rest = primary.Remainder;
        while (true)
        {
            var next = SkipInput(rest);
            if (next.AtEnd || (next.Current != '.' && next.Current != '['))
            {
                return Result.Success(target, rest);
            }
            var postfix = PostfixOp(rest);
            if (!postfix.WasSuccessful)
            {
                return Result.Failure<Expr>(postfix.Remainder, postfix.Message, postfix.Expectations);
            }
            target = postfix.Value switch
            {
                FieldPostfix { Args: null } f => new SelectExpr(target, f.Name, false, target.Start, f.End),
                FieldPostfix f => MakeCall(target, f.Name, f.Args, target.Start, f.End),
                IndexPostfix ix => new IndexExpr(target, ix.Index, target.Start, ix.End),
                _ => target,
            };
            rest = postfix.Remainder;
        }
    };

    private static readonly Parser<(string Op, int Start)> UnaryOperator =
        Sym("!").Or(Sym("-")).WithSpan().Tok().Select(o => (o.Value, o.Start));

    private static readonly Parser<Expr> Unary = input =>
    {
        var first = SkipInput(input);
        if (first.AtEnd || (first.Current != '!' && first.Current != '-'))
        {
            return Member(input);
        }
        var ops = new List<(string Op, int Start)>();
        var rest = input;
        while (true)
        {
            var op = UnaryOperator(rest);
            if (!op.WasSuccessful)
            {
                break;
            }
            ops.Add(op.Value);
            rest = op.Remainder;
        }
        var operand = Member(rest);
        return operand.WasSuccessful ? Result.Success(ApplyUnary(ops, operand.Value), operand.Remainder) : operand;
    };

    private static Parser<Expr> LeftChain(Parser<Expr> operand, OperatorSet op) => input =>
    {
        var first = operand(input);
        if (!first.WasSuccessful)
        {
            return first;
        }
        var left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            if (!op.TryMatch(rest, out var o, out var afterOp))
            {
                return Result.Success(left, rest);
            }
            // An operator commits: a missing right operand is the error, as XMany would report it.
            var right = operand(afterOp);
            if (!right.WasSuccessful)
            {
                return right;
            }
            left = new BinaryExpr(o, left, right.Value, left.Start, right.Value.End);
            rest = right.Remainder;
        }
    };

    private static readonly Parser<Expr> Multiplication =
        LeftChain(Unary, new OperatorSet("*", "/", "%"));

    private static readonly Parser<Expr> Addition =
        LeftChain(Multiplication, new OperatorSet("+", "-"));

    private static readonly Parser<Expr> Relation =
        LeftChain(Addition, new OperatorSet("==", "!=", "<=", ">=", "<", ">", "in"));

    private static readonly Parser<Expr> ConditionalAnd = LeftChain(Relation, new OperatorSet("&&"));

    private static readonly Parser<Expr> ConditionalOr = LeftChain(ConditionalAnd, new OperatorSet("||"));

    private static readonly Parser<string> Question = Sym("?").Tok();
    private static readonly Parser<string> Colon = Sym(":").Tok();

    private static readonly Parser<Expr> Expression = input =>
    {
        var condition = ConditionalOr(input);
        if (!condition.WasSuccessful)
        {
            return condition;
        }
        var beforeQuestion = SkipInput(condition.Remainder);
        if (beforeQuestion.AtEnd || beforeQuestion.Current != '?')
        {
            return condition;
        }
        var q = Question(condition.Remainder);
        var then = ConditionalOr(q.Remainder);
        if (!then.WasSuccessful)
        {
            return then;
        }
        var colon = Colon(then.Remainder);
        if (!colon.WasSuccessful)
        {
            return Result.Failure<Expr>(colon.Remainder, colon.Message, colon.Expectations);
        }
        var otherwise = Nested(colon.Remainder);
        return otherwise.WasSuccessful
            ? Result.Success<Expr>(new ConditionalExpr(condition.Value, then.Value, otherwise.Value, condition.Value.Start, otherwise.Value.End), otherwise.Remainder)
            : otherwise;
    };

    /// <summary>The entry point: one expression and nothing after it.</summary>
    public static readonly Parser<Expr> Entry =
        from _ in Skip
        from e in Expression
        from end in Skip.End()
        select e;

    /// <summary>Parses with the nesting counter reset, whatever the previous parse on this thread left.</summary>
    public static IResult<Expr> Run(string text)
    {
        t_depth = 0;
        return Entry(new TextInput(text, 0));
    }

    private static Expr ApplyUnary(List<(string Op, int Start)> ops, Expr operand)
    {
        var result = operand;
        for (var i = ops.Count - 1; i >= 0; i--)
        {
            var (op, start) = ops[i];
            // Only a minus written right against a number is part of the literal (so -9223372036854775808 is valid);
            // -(x) stays an operation, with its overflow check.
            if (op == "-" && result == operand && operand.Start == start + 1)
            {
                switch (result)
                {
                    case LiteralExpr { Value.Kind: ValueKind.Int } lit:
                        result = new LiteralExpr(Value.Int(-lit.Value.AsInt), start, lit.End);
                        continue;
                    case LiteralExpr { Value.Kind: ValueKind.Double } lit:
                        result = new LiteralExpr(Value.Double(-lit.Value.AsDouble), start, lit.End);
                        continue;
                    case MinIntMagnitudeExpr min:
                        result = new LiteralExpr(Value.Int(long.MinValue), start, min.End);
                        continue;
                }
            }
            result = new UnaryExpr(op, result, start, result.End);
        }
        return result;
    }

    /// <summary>Builds a call node; <c>has(a.b)</c> becomes a presence test.</summary>
    private static Expr MakeCall(Expr? target, string name, IReadOnlyList<Expr> args, int start, int end)
    {
        if (target is null && name == "has" && args.Count == 1 && args[0] is SelectExpr { TestOnly: false } sel)
        {
            return new SelectExpr(sel.Operand, sel.Field, true, start, end);
        }
        return new CallExpr(target, name, args, start, end);
    }
}
