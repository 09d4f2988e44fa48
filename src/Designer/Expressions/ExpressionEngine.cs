using Designer.Expressions.Ast;
using Designer.Expressions.Compilation;
using Designer.Expressions.Parsing;
using Designer.Expressions.Runtime;

namespace Designer.Expressions;

/// <summary>
/// The facade of Designer's expression language, a subset of CEL: parse, compile once, evaluate many times.
/// </summary>
public static class ExpressionEngine
{
    /// <summary>Parses an expression into a syntax tree, or gives the first syntax error with its position.</summary>
    public static bool TryParse(string text, out Expr? syntax, out ExpressionError? error, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= ExpressionLimits.Default;
        syntax = null;
        error = null;
        if (text.Length > limits.MaxLength)
        {
            error = new ExpressionError($"expression too long ({text.Length:N0} characters; the limit is {limits.MaxLength:N0})", 0, 0);
            return false;
        }
        if (SyntaxSnapshot.TryGet(text, out var known))
        {
            return WithinDepth(known!, limits, out syntax, out error);
        }
        Sprache.IResult<Expr> result;
        try
        {
            result = ExpressionGrammar.Run(text);
        }
        catch (NestingTooDeepException ex)
        {
            error = new ExpressionError($"expression nested too deeply (the limit is {ExpressionGrammar.MaxNesting} levels of brackets and calls)", ex.Position, ex.Position);
            return false;
        }
        catch (InsufficientExecutionStackException)
        {
            error = new ExpressionError("expression nested too deeply", 0, 0);
            return false;
        }
        if (!result.WasSuccessful)
        {
            error = SyntaxErrors.From(text, result);
            return false;
        }
        return WithinDepth(result.Value, limits, out syntax, out error);
    }

    private static bool WithinDepth(Expr tree, ExpressionLimits limits, out Expr? syntax, out ExpressionError? error)
    {
        syntax = null;
        error = null;
        if (tree.Depth > limits.MaxDepth)
        {
            error = new ExpressionError($"expression too deep ({tree.Depth} levels of operators; the limit is {limits.MaxDepth})", 0, 0);
            return false;
        }
        syntax = tree;
        return true;
    }

    /// <summary>Parses and compiles; on failure gives the first error with its position.</summary>
    public static bool TryCompile(string text, out CompiledExpression? compiled, out ExpressionError? error, ExpressionLimits? limits = null)
    {
        limits ??= ExpressionLimits.Default;
        compiled = null;
        if (!TryParse(text, out var syntax, out error, limits))
        {
            return false;
        }
        var (eval, slots, errors, warnings) = ExpressionCompiler.Compile(syntax!, limits);
        if (eval is null)
        {
            error = errors[0];
            return false;
        }
        compiled = new CompiledExpression(text, syntax!, eval, slots, limits) { Warnings = warnings };
        return true;
    }

    /// <summary>Parses and compiles, throwing <see cref="ExpressionException"/> on a syntax or compile error.</summary>
    public static CompiledExpression Compile(string text, ExpressionLimits? limits = null) =>
        TryCompile(text, out var compiled, out var error, limits)
            ? compiled!
            : throw new ExpressionException(error!, SyntaxErrors.Format(text, error!));

    /// <summary>Compiles and evaluates once (convenient for tools; rules compile once and evaluate many times).</summary>
    public static Value Evaluate(string text, IScope? scope = null) => Compile(text).Evaluate(scope ?? MapScope.Empty);
}
