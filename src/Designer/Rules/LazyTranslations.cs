using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Designer.Localization;

namespace Designer.Rules;

/// <summary>
/// A pack's translations, each read and checked the first time a run asks for its language. The built-in pack
/// carries two, with every message compiled and compared with the English; a run in one language needs at most
/// one of them, so the other is never read. Asking for the keys or enumerating loads them all.
/// </summary>
internal sealed class LazyTranslations : IReadOnlyDictionary<Language, RulePackTranslation>
{
    private readonly IReadOnlyList<(Language Language, Lazy<RulePackTranslation?> Translation)> _found;

    /// <param name="found">Each language with a translation file, and how to load it (null when it does not load).</param>
    public LazyTranslations(IEnumerable<(Language Language, Func<RulePackTranslation?> Load)> found) =>
        _found = [.. found.Select(f => (f.Language, new Lazy<RulePackTranslation?>(f.Load, LazyThreadSafetyMode.ExecutionAndPublication)))];

    private IEnumerable<KeyValuePair<Language, RulePackTranslation>> Loaded =>
        _found.Where(f => f.Translation.Value is not null).Select(f => new KeyValuePair<Language, RulePackTranslation>(f.Language, f.Translation.Value!));

    public RulePackTranslation this[Language key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no translation into {key.Code()}");

    public IEnumerable<Language> Keys => Loaded.Select(kv => kv.Key);

    public IEnumerable<RulePackTranslation> Values => Loaded.Select(kv => kv.Value);

    public int Count => Loaded.Count();

    public bool ContainsKey(Language key) => TryGetValue(key, out _);

    public bool TryGetValue(Language key, [MaybeNullWhen(false)] out RulePackTranslation value)
    {
        foreach (var (language, translation) in _found)
        {
            if (language == key)
            {
                value = translation.Value;
                return value is not null;
            }
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<Language, RulePackTranslation>> GetEnumerator() => Loaded.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
