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

    private static Parser<IReadOnlyList<Expr>> ExprList() =>
        (from first in Nested
         from rest in (from comma in Sym(",").Tok()
                       from e in Nested
                       select e).XMany()
         from trailing in Sym(",").Tok().XOptional()
         select (IReadOnlyList<Expr>)[first, .. rest])
        .XOr(Parse.Return<IReadOnlyList<Expr>>([]));

    private static readonly Parser<Expr> Parenthesised =
        from open in Sym("(").Tok()
        from e in Nested
        from close in Sym(")").Tok()
        select e;

    private static readonly Parser<Expr> ListLiteral =
        from open in Sym("[").Tok().Select(_ => 0).Positioned()
        from items in ExprList()
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

    private static readonly Parser<IReadOnlyList<Expr>> CallArgs =
        from open in Sym("(").Tok()
        from args in ExprList()
        from close in Sym(")").Tok()
        select args;

    /// <summary>A name, optionally called: <c>x</c>, <c>size(x)</c>, <c>.x</c> (rooted name).</summary>
    private static readonly Parser<Expr> NameOrCall =
        from dot in Sym(".").Tok().XOptional()
        from name in Identifier.Tok()
        from args in CallArgs.WithEnd().XOptional()
        select args.IsDefined
            ? MakeCall(null, name.Text, args.Get().Value, name.Start, args.Get().End)
            : (Expr)new IdentExpr(name.Text, name.Start, name.End);

    private static readonly Parser<Expr> KeywordLiteral =
        Keyword("true").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.True, k.Start, k.End))
            .Or(Keyword("false").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.False, k.Start, k.End)))
            .Or(Keyword("null").WithSpan().Tok().Select(k => (Expr)new LiteralExpr(Value.Null, k.Start, k.End)));

    // String literals come before names so that the prefixes of r'...' and b'...' are not read as names;
    // names come before the keyword literals, which the name parser refuses as reserved words.
    private static readonly Parser<Expr> Primary =
        Parenthesised
            .Or(ListLiteral)
            .Or(MapLiteral)
            .Or(Number.Tok())
            .Or(StringLiteral.Tok())
            .Or(NameOrCall)
            .Or(KeywordLiteral)
            .Named("an expression");

    private abstract record Postfix(int End);

    private sealed record FieldPostfix(string Name, IReadOnlyList<Expr>? Args, int End) : Postfix(End);

    private sealed record IndexPostfix(Expr Index, int End) : Postfix(End);

    private static readonly Parser<Postfix> FieldOrMethod =
        from dot in Sym(".").Tok()
        from name in Word.Or(QuotedField).Tok().Named("a field name")
        from args in CallArgs.WithEnd().XOptional()
        select (Postfix)(args.IsDefined
            ? new FieldPostfix(name.Text, args.Get().Value, args.Get().End)
            : new FieldPostfix(name.Text, null, name.End));

    private static readonly Parser<Postfix> IndexSuffix =
        from open in Sym("[").Tok()
        from index in Nested
        from close in Sym("]").WithEnd().Tok()
        select (Postfix)new IndexPostfix(index, close.End);

    private static readonly Parser<Expr> Member =
        from primary in Primary
        from postfixes in FieldOrMethod.Or(IndexSuffix).XMany()
        select postfixes.Aggregate(primary, (target, postfix) => postfix switch
        {
            FieldPostfix { Args: null } f => new SelectExpr(target, f.Name, false, target.Start, f.End),
            FieldPostfix f => MakeCall(target, f.Name, f.Args, target.Start, f.End),
            IndexPostfix ix => new IndexExpr(target, ix.Index, target.Start, ix.End),
            _ => target,
        });

    private static readonly Parser<(string Op, int Start)> UnaryOperator =
        Sym("!").Or(Sym("-")).WithSpan().Tok().Select(o => (o.Value, o.Start));

    private static readonly Parser<Expr> Unary =
        from ops in UnaryOperator.XMany()
        from operand in Member
        select ApplyUnary(ops.ToList(), operand);

    private static Parser<Expr> LeftChain(Parser<Expr> operand, Parser<string> op) =>
        from first in operand
        from rest in (from o in op.Tok()
                      from right in operand
                      select (o, right)).XMany()
        select rest.Aggregate(first, (left, r) => new BinaryExpr(r.o, left, r.right, left.Start, r.right.End));

    private static readonly Parser<Expr> Multiplication =
        LeftChain(Unary, Sym("*").Or(Sym("/")).Or(Sym("%")));

    private static readonly Parser<Expr> Addition =
        LeftChain(Multiplication, Sym("+").Or(Sym("-")));

    private static readonly Parser<Expr> Relation =
        LeftChain(Addition, Sym("==").Or(Sym("!=")).Or(Sym("<=")).Or(Sym(">=")).Or(Sym("<")).Or(Sym(">")).Or(Keyword("in")));

    private static readonly Parser<Expr> ConditionalAnd = LeftChain(Relation, Sym("&&"));

    private static readonly Parser<Expr> ConditionalOr = LeftChain(ConditionalAnd, Sym("||"));

    private static readonly Parser<Expr> Expression =
        from condition in ConditionalOr
        from branches in (from q in Sym("?").Tok()
                          from then in ConditionalOr
                          from colon in Sym(":").Tok()
                          from otherwise in Nested
                          select (then, otherwise)).XOptional()
        select branches.IsDefined
            ? new ConditionalExpr(condition, branches.Get().then, branches.Get().otherwise, condition.Start, branches.Get().otherwise.End)
            : condition;

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
        return Entry(new Input(text));
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
