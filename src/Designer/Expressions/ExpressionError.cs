namespace Designer.Expressions;

/// <summary>A syntax or compile error in an expression, with 0-based offsets into the expression text.</summary>
public sealed record ExpressionError(string Message, int Start, int End, string? Expected = null);
