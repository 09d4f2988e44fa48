namespace Designer.Localization;

/// <summary>
/// A text of the message catalog not yet put into words: its key and its named arguments, so that a diagnostic
/// made while loading can be worded later in the language the project turns out to ask for.
/// </summary>
public sealed class LocalText : IEquatable<LocalText>, ILocalizable
{
    private readonly KeyValuePair<string, object>[] _args;

    private LocalText(string key, KeyValuePair<string, object>[] args)
    {
        Key = key;
        _args = args;
    }

    public string Key { get; }

    /// <summary>Each argument: a text, or a <see cref="LocalText"/> (or another text kept per language) itself worded in the language asked for.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Args => _args;

    /// <summary>
    /// <c>LocalText.Of("yaml.unknown-alias", ("alias", "base"))</c>: an argument is worded once, invariantly, unless it is a
    /// <see cref="LocalText"/> (a kind of element, say), which follows the language.
    /// </summary>
    public static LocalText Of(string key, params (string Name, object? Value)[] args) =>
        new(key, [.. args.Select(a => new KeyValuePair<string, object>(a.Name, a.Value is ILocalizable t ? t : Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))]);

    /// <summary>The text in a language (English where that language lacks the key).</summary>
    public string In(Language language) =>
        MessageCatalog.For(language).Format(Key, [.. _args.Select(a => new KeyValuePair<string, string>(a.Key, a.Value is ILocalizable t ? t.In(language) : (string)a.Value))]);

    public bool Equals(LocalText? other) =>
        other is not null && Key == other.Key && _args.AsSpan().SequenceEqual(other._args);

    public override bool Equals(object? obj) => Equals(obj as LocalText);

    public override int GetHashCode() => HashCode.Combine(Key, _args.Length);

    public override string ToString() => In(Language.English);
}
