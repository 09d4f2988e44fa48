using Designer.Diagnostics;

namespace Designer.Expressions.Runtime;

/// <summary>
/// An immutable map value that keeps insertion order (so output is deterministic) and, when it comes from a file,
/// the source span of every key and value. Keys are compared with CEL equality (1 and 1.0 are the same key).
/// </summary>
public sealed class CelMap
{
    public static readonly CelMap Empty = new([], null);

    private readonly Entry[] _entries;
    private Dictionary<Value, int>? _index;
    private int _scans;

    /// <summary>One key and value, with where each was written.</summary>
    public readonly record struct Entry(Value Key, Value Value, SourceSpan? KeySpan = null, SourceSpan? ValueSpan = null);

    public CelMap(Entry[] entries, SourceSpan? span)
    {
        _entries = entries;
        Span = span;
    }

    /// <summary>
    /// Maps longer than this get a hash index. A project's elements have up to about a dozen keys, and a scan of
    /// that many (reference comparisons first, the keys being interned) costs no more than hashing the key, while an
    /// index for each of them was a fifth of what binding a file allocated.
    /// </summary>
    private const int IndexedFrom = 16;

    /// <summary>Lookups by key a longer map answers by scanning before it makes its index.</summary>
    private const int ScansBeforeIndex = 8;

    /// <summary>
    /// The hash index of a map longer than <see cref="IndexedFrom"/>, made at its first lookup by key after
    /// <see cref="ScansBeforeIndex"/>: a project's long elements (an indicator with all its fields) are read by key a
    /// few times while loading and then by field selection, which scans with a cached position, so an index made
    /// with each map mostly went unused; a map looked up often, or a hostile one with thousands of keys, gets its
    /// index after a few scans and stays linear. The count is not atomic: two threads may both make an index, each
    /// complete before it is published, and either is right.
    /// </summary>
    private Dictionary<Value, int>? Index()
    {
        var index = Volatile.Read(ref _index);
        if (index is not null || _entries.Length <= IndexedFrom || ++_scans <= ScansBeforeIndex)
        {
            return index;
        }
        index = new Dictionary<Value, int>(_entries.Length, ValueKeyComparer.Instance);
        for (var i = 0; i < _entries.Length; i++)
        {
            index.TryAdd(_entries[i].Key, i);
        }
        Volatile.Write(ref _index, index);
        return index;
    }

    public static CelMap FromPairs(IEnumerable<(Value Key, Value Value)> pairs) =>
        new(pairs.Select(p => new Entry(p.Key, p.Value)).ToArray(), null);

    public SourceSpan? Span { get; }

    /// <summary>
    /// True for a map of resolved references (a project element's <c>links</c>): its values are elements that live
    /// elsewhere in the same value, so a walk over a whole value (<c>texts()</c>, placeholders) skips it and sees
    /// each element once, where it is written.
    /// </summary>
    public bool IsReferenceView { get; init; }

    public int Count => _entries.Length;

    public ReadOnlySpan<Entry> Entries => _entries;

    public bool TryGet(Value key, out Value value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = default;
            return false;
        }
        value = _entries[i].Value;
        return true;
    }

    /// <summary>Looks up a string key; the hot path of field selection (<c>it.baseline</c>), without boxing or hashing small maps.</summary>
    public bool TryGet(string key, out Value value)
    {
        if (Index() is null)
        {
            var entries = _entries;
            for (var i = 0; i < entries.Length; i++)
            {
                ref readonly var k = ref entries[i];
                if (k.Key.Kind == ValueKind.String && (ReferenceEquals(k.Key.AsString, key) || string.Equals(k.Key.AsString, key, StringComparison.Ordinal)))
                {
                    value = k.Value;
                    return true;
                }
            }
            value = default;
            return false;
        }
        return TryGet(Value.String(key), out value);
    }

    public bool ContainsKey(Value key) => IndexOf(key) >= 0;

    /// <summary>
    /// Field lookup with an inline cache: maps of the same kind (indicators, actors) keep their keys in the same
    /// order, so the position found last time is tried first. The hint is only a guess; a wrong one costs a scan.
    /// </summary>
    internal bool TryGetHinted(string key, ref int hint, out Value value)
    {
        var entries = _entries;
        var h = hint;
        if ((uint)h < (uint)entries.Length)
        {
            ref readonly var e = ref entries[h];
            if (e.Key.Kind == ValueKind.String && ReferenceEquals(e.Key.AsString, key))
            {
                value = e.Value;
                return true;
            }
        }
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var e = ref entries[i];
            if (e.Key.Kind == ValueKind.String && (ReferenceEquals(e.Key.AsString, key) || string.Equals(e.Key.AsString, key, StringComparison.Ordinal)))
            {
                hint = i;
                value = e.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    public Entry? EntryFor(string key)
    {
        var i = IndexOf(Value.String(key));
        return i < 0 ? null : _entries[i];
    }

    public int IndexOf(Value key)
    {
        if (Index() is { } index)
        {
            return index.TryGetValue(key, out var found) ? found : -1;
        }
        for (var i = 0; i < _entries.Length; i++)
        {
            if (ValueKeyComparer.Instance.Equals(_entries[i].Key, key))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Replaces a value in place; only the project binder uses it, before the map is shared.</summary>
    internal void SetValue(int index, Value value) => _entries[index] = _entries[index] with { Value = value };

    /// <summary>A copy with one more entry, or with the value of an existing key replaced.</summary>
    public CelMap With(string key, Value value, SourceSpan? valueSpan = null)
    {
        var k = Value.String(key);
        var i = IndexOf(k);
        var entries = (Entry[])_entries.Clone();
        if (i >= 0)
        {
            entries[i] = entries[i] with { Value = value, ValueSpan = valueSpan ?? entries[i].ValueSpan };
            return new CelMap(entries, Span);
        }
        return new CelMap([.. entries, new Entry(k, value, null, valueSpan)], Span);
    }
}
