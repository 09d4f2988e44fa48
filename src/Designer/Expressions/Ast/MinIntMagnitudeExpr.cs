namespace Designer.Expressions.Ast;

/// <summary>
/// The int literal 9223372036854775808, which is only valid right after a unary minus (it is -2^63 then).
/// The parser folds it into that minus; anywhere else the compiler reports it as out of range.
/// </summary>
public sealed record MinIntMagnitudeExpr(int Start, int End) : Expr(Start, End)
{
    public override int Depth => 1;
}
