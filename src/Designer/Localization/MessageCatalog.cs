using System.Collections.Frozen;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Designer.Localization;

/// <summary>
/// Designer's own texts in one language, read from an embedded YAML catalog (<c>messages.en.yaml</c>,
/// <c>messages.es.yaml</c>, <c>messages.pt.yaml</c>): a flat map of dotted keys to texts with <c>{name}</c> holes.
/// A key the language lacks falls back to English and is counted in <see cref="MissingKeys"/>, which the coverage
/// test lists; a key English lacks is a bug in Designer and throws.
/// </summary>
internal sealed class MessageCatalog
{
    // Each language's catalog is read the first time a run asks for it.
    private static readonly Lazy<MessageCatalog>[] Catalogs = [.. Languages.All.Select(l => new Lazy<MessageCatalog>(() => new MessageCatalog(l, Read(l))))];

    private MessageCatalog(Language language, FrozenDictionary<string, string> texts)
    {
        Language = language;
        Texts = texts;
    }

    public Language Language { get; }

    /// <summary>Every key and its text, as the catalog file gives them.</summary>
    public FrozenDictionary<string, string> Texts { get; }

    public static MessageCatalog For(Language language) => Catalogs[(int)language].Value;

    /// <summary>The English keys this language has no text for, in order.</summary>
    public IReadOnlyList<string> MissingKeys =>
        [.. For(Language.English).Texts.Keys.Where(k => !Texts.ContainsKey(k)).Order(StringComparer.Ordinal)];

    /// <summary>The keys this language has and English does not (a typo, or a key Designer no longer uses).</summary>
    public IReadOnlyList<string> ExtraKeys =>
        [.. Texts.Keys.Where(k => !For(Language.English).Texts.ContainsKey(k)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The text of <paramref name="key"/> with its <c>{name}</c> holes filled from <paramref name="args"/>.
    /// <c>Format("yaml.tab", [])</c>; a hole without an argument stays as written, so a mistake shows.
    /// </summary>
    public string Format(string key, IReadOnlyList<KeyValuePair<string, string>> args)
    {
        if (!Texts.TryGetValue(key, out var text) && !For(Language.English).Texts.TryGetValue(key, out text))
        {
            throw new InvalidOperationException($"message key `{key}` is missing from the English catalog");
        }
        return Fill(text, args);
    }

    public string Format(string key, params (string Name, object? Value)[] args) =>
        Format(key, [.. args.Select(a => new KeyValuePair<string, string>(a.Name, Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))]);

    /// <summary>Fills the <c>{name}</c> holes of a text; a hole without an argument stays as written.</summary>
    internal static string Fill(string text, IReadOnlyList<KeyValuePair<string, string>> args)
    {
        if (args.Count == 0 || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 32);
        var pos = 0;
        while (pos < text.Length)
        {
            var open = text.IndexOf('{', pos);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(text, pos, text.Length - pos);
                break;
            }
            sb.Append(text, pos, open - pos);
            var name = text[(open + 1)..close];
            var found = false;
            foreach (var (k, v) in args)
            {
                if (k == name)
                {
                    sb.Append(v);
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                sb.Append(text, open, close - open + 1);
            }
            pos = close + 1;
        }
        return sb.ToString();
    }

    private static FrozenDictionary<string, string> Read(Language language)
    {
        var text = EmbeddedResources.Read($"localization/messages.{language.Code()}.yaml");
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                texts[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value ?? "";
            }
        }
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
