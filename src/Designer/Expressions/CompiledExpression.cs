using Designer.Expressions.Ast;
using Designer.Expressions.Compilation;
using Designer.Expressions.Runtime;

namespace Designer.Expressions;

/// <summary>An expression parsed and compiled once, to be evaluated any number of times against different scopes.</summary>
public sealed class CompiledExpression
{
    private readonly Eval _eval;
    private readonly int _slots;

    internal CompiledExpression(string text, Expr syntax, Eval eval, int slots, ExpressionLimits limits)
    {
        Text = text;
        Syntax = syntax;
        _eval = eval;
        _slots = slots;
        Limits = limits;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The syntax tree, with spans.</summary>
    public Expr Syntax { get; }

    public ExpressionLimits Limits { get; }

    /// <summary>Problems that CEL leaves to run time but a rule or project file should not have (unknown functions).</summary>
    public IReadOnlyList<ExpressionError> Warnings { get; init; } = [];

    /// <summary>Evaluates against a scope. Errors come back as error values, never as exceptions.</summary>
    public Value Evaluate(IScope scope)
    {
        var frame = Frame.Rent(scope, _slots, Limits);
        try
        {
            return _eval(frame);
        }
        finally
        {
            Frame.Return(frame);
        }
    }

    public override string ToString() => Text;
}
