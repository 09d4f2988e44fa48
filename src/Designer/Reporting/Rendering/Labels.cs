using System.Collections.Frozen;
using System.Globalization;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects.Yaml;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The words the documents are written with around the designer's own text — titles, headings, table headers,
/// fixed phrases and generated sentences — in one language, read from one dictionary per language kept beside the
/// templates (<c>templates/labels.en.yaml</c>, <c>labels.es.yaml</c>, <c>labels.pt.yaml</c>). A label is a text with
/// named holes (<c>{name}</c>), or a plural: a map of <c>one</c> and <c>other</c>. A key the language lacks falls back
/// to English; a template folder's own <c>labels.&lt;lang&gt;.yaml</c>, when there is one, overrides key by key.
/// </summary>
public sealed class Labels
{
    // Each language's dictionary is read the first time a run asks for it: a render in English reads one.
    private static readonly Lazy<FrozenDictionary<string, Label>>[] BuiltInByLanguage =
        [.. Languages.All.Select(l => new Lazy<FrozenDictionary<string, Label>>(() => ParseBuiltIn(FileName(l))))];

    private static FrozenDictionary<string, Label> BuiltIn(Language language) => BuiltInByLanguage[(int)language].Value;

    private readonly FrozenDictionary<string, Label> _texts;
    private readonly FrozenDictionary<string, Label> _english;

    private Labels(Language language, FrozenDictionary<string, Label> texts, FrozenDictionary<string, Label> english)
    {
        Language = language;
        _texts = texts;
        _english = english;
    }

    public Language Language { get; }

    /// <summary>The built-in labels of a language.</summary>
    public static Labels For(Language language) => new(language, BuiltIn(language), BuiltIn(Language.English));

    /// <summary>The English labels, the fallback of every other language.</summary>
    public static Labels English { get; } = For(Language.English);

    /// <summary>
    /// The labels of a language with a template folder's own dictionary (<c>labels.es.yaml</c>) over the built-in
    /// one, key by key; a folder without one gives the built-in labels. A dictionary that cannot be read is an error.
    /// </summary>
    internal static Labels For(Language language, TemplateSource source, out string? error)
    {
        error = null;
        var builtIn = For(language);
        if (source.OverridesFolder is null)
        {
            return builtIn;
        }
        var file = Path.Combine(source.OverridesFolder, FileName(language));
        if (!File.Exists(file))
        {
            return builtIn;
        }
        var display = Path.Combine(source.DisplayFolder ?? source.OverridesFolder, FileName(language)).Replace('\\', '/');
        var bag = new Diagnostics.DiagnosticBag();
        if (!Files.SafeFileReader.TryReadText(file, display, TemplateSource.MaxTemplateBytes, bag, out var text))
        {
            error = bag.ToOrderedList()[0].Message;
            return builtIn;
        }
        try
        {
            var merged = new Dictionary<string, Label>(builtIn._texts, StringComparer.Ordinal);
            foreach (var (key, label) in Parse(display, text!))
            {
                merged[key] = label;
            }
            return new Labels(language, merged.ToFrozenDictionary(StringComparer.Ordinal), builtIn._english);
        }
        catch (InvalidDataException ex)
        {
            error = $"label dictionary `{display}` cannot be read: {ex.Message}";
            return builtIn;
        }
    }

    /// <summary>The file name of a language's dictionary: <c>labels.pt.yaml</c>.</summary>
    public static string FileName(Language language) => $"labels.{language.Code()}.yaml";

    /// <summary>Every key of the built-in dictionary of a language, in order.</summary>
    public static IReadOnlyList<string> BuiltInKeys(Language language) =>
        [.. BuiltIn(language).Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether the built-in dictionary of a language holds a key as a plural (one/other).</summary>
    public static bool IsPlural(Language language, string key) =>
        BuiltIn(language).TryGetValue(key, out var label) && label.Other is not null;

    /// <summary>Whether this language or English has a label.</summary>
    public bool Has(string key) => _texts.ContainsKey(key) || _english.ContainsKey(key);

    /// <summary>A label with its holes filled. <c>Text("logframe.title")</c> → <c>Logical framework</c>.</summary>
    public string Text(string key, IReadOnlyList<KeyValuePair<string, string>>? args = null) =>
        MessageCatalog.Fill(Find(key).One, args ?? []);

    /// <summary>A label with its holes filled from named pairs. <c>Text("x", ("count", 3))</c>.</summary>
    public string Text(string key, params (string Name, string Value)[] args) =>
        Text(key, [.. args.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);

    /// <summary>
    /// A plural label for a count, its <c>{count}</c> hole written as the language writes numbers:
    /// <c>Plural("count.error", 3)</c> → <c>3 errors</c>. A label with no plural form is used for any count.
    /// <c>{count_word}</c> and <c>{count_word_f}</c> write a count below ten in words, as prose does (<c>dos</c>,
    /// pt <c>dois</c> / <c>duas</c> for a feminine noun), and larger counts in figures.
    /// </summary>
    public string Plural(string key, double count, IReadOnlyList<KeyValuePair<string, string>>? args = null)
    {
        var label = Find(key);
        var text = count == 1 || label.Other is null ? label.One : label.Other;
        return MessageCatalog.Fill(text,
        [
            new("count", TemplateHelpers.Number(count, Language)),
            new("count_word", CountInWords(count, "number.word.")),
            new("count_word_f", CountInWords(count, "number.word-f.")),
            .. args ?? [],
        ]);
    }

    /// <summary>A count from zero to nine in words, any other in figures. <c>CountInWords(2, "number.word-f.")</c> → pt <c>duas</c>.</summary>
    private string CountInWords(double count, string prefix) =>
        count is >= 0 and <= 9 && count == Math.Floor(count)
            ? Text(prefix + ((int)count).ToString(CultureInfo.InvariantCulture))
            : TemplateHelpers.Number(count, Language);

    private Label Find(string key) =>
        _texts.TryGetValue(key, out var label) || _english.TryGetValue(key, out label)
            ? label
            : throw new KeyNotFoundException($"label `{key}` is in no label dictionary (templates/labels.en.yaml lists them)");

    /// <summary>
    /// A built-in dictionary, from the nodes its tests made in advance (<c>Rules/Snapshots/labels.*.yaml.nodes</c>)
    /// while they match its text, or else from its YAML.
    /// </summary>
    private static FrozenDictionary<string, Label> ParseBuiltIn(string name)
    {
        var file = "templates/" + name;
        var text = TemplateSource.BuiltInText(name);
        using var snapshot = EmbeddedResources.Open("rules/" + name + ".nodes");
        var root = snapshot is null ? null : YamlSnapshot.TryRead(new TextLocator(file, text), snapshot);
        return Parse(file, text, root);
    }

    /// <summary>A dictionary's labels; <see cref="InvalidDataException"/> with the first error when it cannot be read.</summary>
    private static FrozenDictionary<string, Label> Parse(string file, string text, YamlNode? root = null)
    {
        if (root is null)
        {
            var bag = new DiagnosticBag();
            root = YamlReader.Read(file, text, bag);
            if (bag.ToOrderedList().FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{error.Span.Line}:{error.Span.Column}: {error.Message}"));
            }
        }
        var labels = new Dictionary<string, Label>(StringComparer.Ordinal);
        if (root is YamlMapping map)
        {
            foreach (var (keyNode, value) in map.Entries)
            {
                var key = keyNode.Value;
                if (labels.ContainsKey(key))
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{keyNode.Span.Line}:{keyNode.Span.Column}: label `{key}` is written twice"));
                }
                labels[key] = value switch
                {
                    YamlScalar s => new Label(s.Value, null),
                    YamlMapping m => new Label(Scalar(m, "one", key), Scalar(m, "other", key)),
                    _ => throw new InvalidDataException($"label `{key}` is neither a text nor a plural (one/other)"),
                };
            }
        }
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Scalar(YamlMapping map, string name, string key) =>
        map[name] is YamlScalar s
            ? s.Value
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"plural label `{key}` has no `{name}` text"));

    private sealed record Label(string One, string? Other);
}
