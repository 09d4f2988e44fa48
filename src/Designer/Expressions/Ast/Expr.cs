namespace Designer.Expressions.Ast;

/// <summary>
/// A node of the expression syntax tree. Every node carries its span in the expression text
/// (0-based, end exclusive) and its depth, so the compiler can refuse trees too deep to walk safely.
/// </summary>
public abstract record Expr(int Start, int End)
{
    public abstract int Depth { get; }
}

/// <summary>A literal value: number, string, bool or null.</summary>
public sealed record LiteralExpr(Runtime.Value Value, int Start, int End) : Expr(Start, End)
{
    public override int Depth => 1;
}

/// <summary>A name: a variable, a section of the project, a comprehension variable or a type name.</summary>
public sealed record IdentExpr(string Name, int Start, int End) : Expr(Start, End)
{
    public override int Depth => 1;
}

/// <summary><c>operand.field</c>; with <see cref="TestOnly"/>, the presence test of <c>has(operand.field)</c>.</summary>
public sealed record SelectExpr(Expr Operand, string Field, bool TestOnly, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Operand.Depth + 1;
}

/// <summary><c>operand[index]</c>.</summary>
public sealed record IndexExpr(Expr Operand, Expr Index, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Math.Max(Operand.Depth, Index.Depth) + 1;
}

/// <summary>A function call, <c>f(args)</c>, or a member call, <c>target.f(args)</c>.</summary>
public sealed record CallExpr(Expr? Target, string Function, IReadOnlyList<Expr> Args, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Math.Max(Target?.Depth ?? 0, Args.Count == 0 ? 0 : Args.Max(a => a.Depth)) + 1;
}

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListExpr(IReadOnlyList<Expr> Items, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = (Items.Count == 0 ? 0 : Items.Max(a => a.Depth)) + 1;
}

/// <summary><c>{k: v, ...}</c>.</summary>
public sealed record MapExpr(IReadOnlyList<(Expr Key, Expr Value)> Entries, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = (Entries.Count == 0 ? 0 : Entries.Max(e => Math.Max(e.Key.Depth, e.Value.Depth))) + 1;
}

/// <summary>A unary operator: <c>!</c> or <c>-</c>.</summary>
public sealed record UnaryExpr(string Operator, Expr Operand, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Operand.Depth + 1;
}

/// <summary>A binary operator: arithmetic, comparison, <c>in</c>, <c>&amp;&amp;</c>, <c>||</c>.</summary>
public sealed record BinaryExpr(string Operator, Expr Left, Expr Right, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;
}

/// <summary><c>condition ? then : else</c>.</summary>
public sealed record ConditionalExpr(Expr Condition, Expr Then, Expr Else, int Start, int End) : Expr(Start, End)
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Math.Max(Then.Depth, Else.Depth)) + 1;
}
