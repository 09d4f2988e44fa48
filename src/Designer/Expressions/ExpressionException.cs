namespace Designer.Expressions;

/// <summary>Thrown by the throwing variants of the facade when an expression does not parse or compile.</summary>
public sealed class ExpressionException(ExpressionError error, string message) : Exception(message)
{
    public ExpressionError Error { get; } = error;
}
