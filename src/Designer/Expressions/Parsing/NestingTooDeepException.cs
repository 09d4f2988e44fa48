namespace Designer.Expressions.Parsing;

/// <summary>Thrown inside the parser when nesting passes the limit; the facade turns it into a syntax error.</summary>
internal sealed class NestingTooDeepException(int position) : Exception("nesting too deep")
{
    public int Position { get; } = position;
}
