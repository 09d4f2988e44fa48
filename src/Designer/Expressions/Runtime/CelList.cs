using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>An immutable list value; when it comes from a file, each element keeps its source span.</summary>
public sealed class CelList(Value[] items, SourceSpan? span = null, SourceSpan?[]? itemSpans = null)
{
    public static readonly CelList Empty = new([]);

    internal readonly Value[] Items = items;

    public int Count => Items.Length;

    public Value this[int index] => Items[index];

    public SourceSpan? Span { get; } = span;

    public SourceSpan? ItemSpan(int index) =>
        itemSpans is not null && index >= 0 && index < itemSpans.Length ? itemSpans[index] : null;

    public ReadOnlySpan<Value> AsSpan() => Items;
}
