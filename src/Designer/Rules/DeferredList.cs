using System.Collections;

namespace Designer.Rules;

/// <summary>A list made the first time it is read (thread-safe), for parts of a pack that most runs never read.</summary>
internal sealed class DeferredList<T>(Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(make, LazyThreadSafetyMode.ExecutionAndPublication);

    public T this[int index] => _items.Value[index];

    public int Count => _items.Value.Count;

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
