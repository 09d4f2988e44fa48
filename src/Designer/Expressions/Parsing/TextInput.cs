using Sprache;

namespace Designer.Expressions.Parsing;

/// <summary>
/// Sprache's input over an expression's text, able to jump to any position: the scanners for numbers, strings
/// and names move to the end of a token at once instead of one allocation per character. Line and column are
/// worked out only when asked for (error messages compute their own from the offset).
/// </summary>
internal sealed class TextInput(string source, int position) : IInput
{
    private IDictionary<object, object>? _memos;

    public string Source { get; } = source;

    public int Position { get; } = position;

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    public int Line => 1 + Source.AsSpan(0, Math.Min(Position, Source.Length)).Count('\n');

    public int Column => Position - (Position == 0 ? 0 : Source.LastIndexOf('\n', Math.Min(Position, Source.Length) - 1) + 1) + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance() =>
        AtEnd ? throw new InvalidOperationException("The input is already at its end.") : new TextInput(Source, Position + 1);

    public IInput At(int position) => position == Position ? this : new TextInput(Source, position);

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, Position);
}
