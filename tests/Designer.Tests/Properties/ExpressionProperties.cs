using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Designer.Tests.Properties;

/// <summary>
/// Property tests, bounded to a few seconds: random syntax trees print and re-parse to the same tree; random text
/// given to the parser and compiler, and random trees given to the evaluator, give results or diagnostics only.
/// </summary>
public sealed class ExpressionProperties
{
    private static readonly string[] Names = ["a", "b", "sectors", "it", "x1"];
    private static readonly string[] Fields = ["id", "value", "baseline", "size_x"];
    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "in", "&&", "||"];
    private static readonly string[] Functions = ["size", "int", "string", "sum", "max"];

    private static Gen<Expr> Literal() => Gen.OneOf(
        Gen.Choose(0, 1_000_000).Select(i => (Expr)new LiteralExpr(Value.Int(i), 0, 0)),
        Gen.Choose(0, 1000).Select(i => (Expr)new LiteralExpr(Value.Double(i / 8.0), 0, 0)),
        Gen.Elements("", "a", "it's", "line\nbreak", "ç").Select(s => (Expr)new LiteralExpr(Value.String(s), 0, 0)),
        Gen.Elements(true, false).Select(b => (Expr)new LiteralExpr(Value.Bool(b), 0, 0)),
        Gen.Constant((Expr)new LiteralExpr(Value.Null, 0, 0)));

    private static Gen<Expr> Tree(int size)
    {
        var leaf = Gen.OneOf(Literal(), Gen.Elements(Names).Select(n => (Expr)new IdentExpr(n, 0, 0)));
        if (size <= 0)
        {
            return leaf;
        }
        var sub = Gen.Sized(_ => Tree(size / 2));
        return Gen.OneOf(
            leaf,
            Gen.Elements(BinaryOps).SelectMany(op => sub.SelectMany(l => sub.Select(r => (Expr)new BinaryExpr(op, l, r, 0, 0)))),
            Gen.Elements("!", "-").SelectMany(op => sub.Where(e => !(op == "-" && e is LiteralExpr { Value.IsNumber: true })).Select(e => (Expr)new UnaryExpr(op, e, 0, 0))),
            sub.SelectMany(c => sub.SelectMany(t => sub.Select(e => (Expr)new ConditionalExpr(c, t, e, 0, 0)))),
            sub.SelectMany(o => Gen.Elements(Fields).Select(f => (Expr)new SelectExpr(o, f, false, 0, 0))),
            sub.SelectMany(o => sub.Select(i => (Expr)new IndexExpr(o, i, 0, 0))),
            Gen.ListOf(sub).Select(items => (Expr)new ListExpr(items.Take(4).ToList(), 0, 0)),
            Gen.Elements(Functions).SelectMany(f => sub.Select(a => (Expr)new CallExpr(null, f, [a], 0, 0))));
    }

    private static Arbitrary<Expr> Trees() => Arb.From(Gen.Sized(s => Tree(Math.Min(s, 24))));

    [Property(MaxTest = 300)]
    public Property Printed_trees_reparse_to_the_same_tree() =>
        Prop.ForAll(Trees(), tree =>
        {
            var text = ExprPrinter.Print(tree);
            var ok = ExpressionEngine.TryParse(text, out var reparsed, out var error);
            return (ok && ExprPrinter.Print(reparsed!) == text).Label($"{text} → {(ok ? ExprPrinter.Print(reparsed!) : error!.Message)}");
        });

    [Property(MaxTest = 300)]
    public Property Random_trees_evaluate_the_same_twice_and_errors_point_into_the_text() =>
        Prop.ForAll(Trees(), tree =>
        {
            var text = ExprPrinter.Print(tree);
            if (!ExpressionEngine.TryCompile(text, out var compiled, out _))
            {
                return true.ToProperty();
            }
            var first = compiled!.Evaluate(TestScopes.Sample);
            var second = compiled.Evaluate(TestScopes.Sample);
            var same = first.ToString() == second.ToString();
            var pointed = !first.IsError
                || (first.AsError.Message.Length > 0
                    && (first.AsError.ExprStart < 0 || (first.AsError.ExprStart <= first.AsError.ExprEnd && first.AsError.ExprEnd <= text.Length)));
            return (same && pointed).Label($"{text} → {first} then {second}");
        });

    [Property(MaxTest = 500)]
    public Property Random_text_gives_a_result_or_a_positioned_error(string? input)
    {
        var text = input ?? "";
        var ok = ExpressionEngine.TryCompile(text, out var compiled, out var error);
        if (ok)
        {
            compiled!.Evaluate(TestScopes.Sample);
            return true.ToProperty();
        }
        return (error!.Start >= 0 && error.Start <= text.Length && error.Message.Length > 0).ToProperty();
    }

    [Fact]
    public void Random_operator_soup_never_throws()
    {
        var random = new Random(FuzzScale.Seed(20261127));
        const string alphabet = "()[]{}.,:?!-+*/%<>=&|'\"\\ abc123_xyz\n\tinhas";
        for (var n = 0; n < 3000 * FuzzScale.Factor; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            if (ExpressionEngine.TryCompile(text, out var compiled, out var error))
            {
                compiled!.Evaluate(TestScopes.Sample);
            }
            else
            {
                Assert.InRange(error!.Start, 0, text.Length);
            }
        }
    }
}
