using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Rules;

/// <summary>
/// Reads a rule pack's translation (<c>PACK.LANG.yaml</c>, with a top-level <c>translation:</c> key) against the
/// pack it translates. A rule id, dimension, area or parameter the pack lacks, an unknown key, or a message whose
/// <c>{{ }}</c> holes do not compile or differ from the pack's other than in their string literals is a DSG301
/// error at its own file:line:col.
/// </summary>
public sealed partial class RulePackTranslationLoader
{
    private static readonly string[] TopKeys = ["translation", "language", "title", "dimensions", "areas", "params", "rules"];
    private static readonly string[] RuleKeys = ["title", "lesson", "message", "help"];

    private readonly string _file;
    private readonly TextLocator _locator;
    private readonly RulePack _pack;
    private readonly DiagnosticBag _bag = new();
    private bool _deferMessages;

    private RulePackTranslationLoader(string file, string text, RulePack pack)
    {
        _file = file;
        _locator = new TextLocator(file, text);
        _pack = pack;
    }

    /// <summary>Whether a YAML text is a translation (it has a top-level <c>translation:</c> key) rather than a pack.</summary>
    public static bool IsTranslation(string text) => TranslationKey().IsMatch(text);

    /// <summary>The name of a pack's translation file: <c>rules/mif-territorial.yaml</c> → <c>rules/mif-territorial.es.yaml</c>.</summary>
    public static string FileFor(string packFile, Language language) =>
        Path.ChangeExtension(packFile, null) + "." + language.Code() + Path.GetExtension(packFile);

    public static (RulePackTranslation? Translation, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text, RulePack pack) =>
        Load(file, text, pack, deferMessages: false);

    /// <summary>
    /// Loads a translation; with <paramref name="deferMessages"/> its messages compile when they first render.
    /// <paramref name="nodes"/>, a <see cref="YamlSnapshot"/> of the text, is used when it was made from this very text.
    /// </summary>
    internal static (RulePackTranslation? Translation, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text, RulePack pack, bool deferMessages, Stream? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var loader = new RulePackTranslationLoader(file, text, pack) { _deferMessages = deferMessages };
        var translation = loader.Run(text, nodes);
        var diagnostics = loader._bag.ToOrderedList();
        return (loader._bag.HasErrors ? null : translation, diagnostics);
    }

    /// <summary>
    /// The pack with every translation found beside its file (<c>PACK.es.yaml</c>, <c>PACK.pt.yaml</c>) attached;
    /// the diagnostics of any that does not load.
    /// </summary>
    public static (RulePack Pack, IReadOnlyList<Diagnostic> Diagnostics) AttachFrom(RulePack pack, Func<string, string?> readText)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(readText);
        var translations = new Dictionary<Language, RulePackTranslation>();
        var diagnostics = new List<Diagnostic>();
        foreach (var language in Languages.All.Where(l => l != Language.English))
        {
            if (readText(FileFor(pack.File, language)) is { } text && LoadOne(pack, language, text, diagnostics) is { } translation)
            {
                translations[language] = translation;
            }
        }
        return (translations.Count == 0 ? pack : pack.WithTranslations(translations), diagnostics);
    }

    /// <summary>
    /// The pack with its translations attached to be loaded when a run first asks for their language (see
    /// <see cref="LazyTranslations"/>); <paramref name="report"/> receives the diagnostics of each as it loads, and
    /// <paramref name="openNodes"/> gives a translation file's <see cref="YamlSnapshot"/> when there is one.
    /// </summary>
    internal static RulePack AttachLazilyFrom(RulePack pack, Func<string, string?> readText, bool deferMessages, Action<IReadOnlyList<Diagnostic>> report, Func<string, Stream?>? openNodes = null)
    {
        var found = new List<(Language, Func<RulePackTranslation?>)>();
        foreach (var language in Languages.All.Where(l => l != Language.English))
        {
            if (readText(FileFor(pack.File, language)) is { } text)
            {
                found.Add((language, () =>
                {
                    var diagnostics = new List<Diagnostic>();
                    using var nodes = openNodes?.Invoke(FileFor(pack.File, language));
                    var translation = LoadOne(pack, language, text, diagnostics, deferMessages, nodes);
                    report(diagnostics);
                    return translation;
                }
                ));
            }
        }
        return found.Count == 0 ? pack : pack.WithTranslations(new LazyTranslations(found));
    }

    /// <summary>One translation of <paramref name="pack"/>, or null (with why in <paramref name="diagnostics"/>).</summary>
    private static RulePackTranslation? LoadOne(RulePack pack, Language language, string text, List<Diagnostic> diagnostics, bool deferMessages = false, Stream? nodes = null)
    {
        var file = FileFor(pack.File, language);
        var (translation, found) = Load(file, text, pack, deferMessages, nodes);
        diagnostics.AddRange(found);
        if (translation is not null && translation.Language != language)
        {
            diagnostics.Add(Diagnostic.From(Severity.Error, DiagnosticCodes.RulePack,
                LocalText.Of("translation.language-and-file", ("said", translation.Language.Code()), ("named", language.Code())), SourceSpan.StartOf(file)));
            return null;
        }
        return translation;
    }

    private void Error(LocalText message, SourceSpan span, LocalText? hint = null) => _bag.Error(DiagnosticCodes.RulePack, message, span, hint);

    private static LocalText L(string key, params (string Name, object? Value)[] args) => LocalText.Of(key, args);

    /// <summary>Where a text is, for a message: <c>rule MON001: title</c>, in the language of the message.</summary>
    private static LocalText RuleWhere(Rule rule, string? field = null) =>
        field is null ? L("pack.rule", ("id", rule.Id)) : L("pack.part", ("where", L("pack.rule", ("id", rule.Id))), ("part", field));

    private RulePackTranslation? Run(string text, Stream? nodes)
    {
        if (((nodes is null ? null : YamlSnapshot.TryRead(_locator, nodes)) ?? YamlReader.Read(_locator, _bag)) is not YamlMapping map)
        {
            if (!_bag.HasErrors)
            {
                Error(L("translation.not-mapping"), SourceSpan.StartOf(_file));
            }
            return null;
        }
        CheckKeys(map, TopKeys, L("translation.the-translation"));
        foreach (var key in new[] { "translation", "language" }.Where(k => map[k] is null))
        {
            Error(L("translation.missing-key", ("key", key)), map.Span);
        }
        if (map["translation"] is YamlScalar packName && packName.Value != _pack.Name)
        {
            Error(L("translation.other-pack", ("translated", packName.Value), ("pack", _pack.Name)), packName.Span);
        }
        var language = Language.English;
        if (map["language"] is YamlScalar lang && (!Languages.TryParse(lang.Value, out language) || language == Language.English))
        {
            Error(L("translation.bad-language", ("value", ControlCharacters.Escape(lang.Value))), lang.Span, L("translation.bad-language.hint"));
        }
        var dimensionIds = _pack.Evaluability?.Dimensions.Select(d => d.Id).ToList() ?? [];
        var areas = _pack.Rules.Select(r => r.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        var paramNames = _pack.Params.Select(p => p.Name).ToList();
        return new RulePackTranslation
        {
            Pack = _pack.Name,
            Language = language,
            File = _file,
            Title = Text(map["title"], L("pack.part-name", ("part", "title"))),
            Dimensions = Texts(map["dimensions"], "dimensions", "dimension", dimensionIds),
            Areas = Texts(map["areas"], "areas", "area", areas),
            Params = Texts(map["params"], "params", "param", paramNames),
            Rules = LoadRules(map["rules"], language),
        };
    }

    private Dictionary<string, RuleTexts> LoadRules(YamlNode? node, Language language)
    {
        var rules = new Dictionary<string, RuleTexts>(StringComparer.Ordinal);
        if (node is null)
        {
            return rules;
        }
        if (node is not YamlMapping map)
        {
            Error(L("translation.rules-not-mapping"), node.Span);
            return rules;
        }
        foreach (var (key, value) in map.Entries)
        {
            var rule = _pack.Rules.FirstOrDefault(r => r.Id == key.Value);
            if (rule is null)
            {
                var suggestion = Suggestions.Closest(key.Value, _pack.Rules.Select(r => r.Id));
                var id = ControlCharacters.Escape(key.Value);
                Error(suggestion is null ? L("translation.unknown-rule", ("id", id), ("pack", _pack.Name)) : L("translation.unknown-rule-suggest", ("id", id), ("pack", _pack.Name), ("suggestion", suggestion)), key.Span);
                continue;
            }
            if (value is not YamlMapping texts)
            {
                Error(L("translation.rule-not-mapping", ("where", RuleWhere(rule))), value.Span);
                continue;
            }
            CheckKeys(texts, RuleKeys, RuleWhere(rule));
            rules[rule.Id] = new RuleTexts(
                Text(texts["title"], RuleWhere(rule, "title")),
                Text(texts["lesson"], RuleWhere(rule, "lesson")),
                Message(texts["message"], rule, language),
                Text(texts["help"], RuleWhere(rule, "help")));
        }
        return rules;
    }

    private MessageTemplate? Message(YamlNode? node, Rule rule, Language language)
    {
        if (Text(node, RuleWhere(rule, "message")) is not { } text)
        {
            return null;
        }
        var scalar = (YamlScalar)node!;
        MessageTemplate? message;
        if (_deferMessages)
        {
            message = MessageTemplate.Deferred(text, language);
        }
        else if (!MessageTemplate.TryCompile(text, language, out message, out var error, out var offset))
        {
            var start = scalar.Span.Start + (scalar.Quoted ? 1 : 0) + offset + error!.Start;
            Error(L("pack.message-error", ("where", RuleWhere(rule)), ("error", error.Message)), _locator.Span(start, start + 1), L("pack.message-error.hint"));
            return null;
        }
        var ours = Holes(text);
        var theirs = Holes(rule.Message.Text);
        if (!ours.SequenceEqual(theirs))
        {
            Error(L("translation.message-differs", ("where", RuleWhere(rule)), ("ours", ours.Count), ("theirs", theirs.Count)), scalar.Span, L("translation.message-differs.hint"));
            return null;
        }
        return message;
    }

    /// <summary>A message's holes with their string literals blanked and spaces dropped: the logic a translation must keep.</summary>
    private static List<string> Holes(string message) =>
        [.. HoleText().Matches(message).Select(m => Whitespace().Replace(StringLiteral().Replace(m.Groups[1].Value, "''"), ""))];

    private Dictionary<string, string> Texts(YamlNode? node, string section, string what, IReadOnlyList<string> known)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return texts;
        }
        if (node is not YamlMapping map)
        {
            Error(L("translation.section-not-mapping", ("section", section), ("what", L("translation.each." + what))), node.Span);
            return texts;
        }
        foreach (var (key, value) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, known);
                var entry = ControlCharacters.Escape(key.Value);
                var kind = L("translation.what." + what);
                Error(suggestion is null ? L("translation.unknown-entry", ("key", entry), ("what", kind), ("pack", _pack.Name)) : L("translation.unknown-entry-suggest", ("key", entry), ("what", kind), ("pack", _pack.Name), ("suggestion", suggestion)),
                    key.Span, known.Count == 0 ? null : L("translation.known", ("keys", string.Join(", ", known))));
                continue;
            }
            if (Text(value, L("pack.part-name", ("part", $"{section}.{key.Value}"))) is { } text)
            {
                texts[key.Value] = text;
            }
        }
        return texts;
    }

    private string? Text(YamlNode? node, LocalText where)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar s when s.Value.Trim().Length > 0:
                return s.Value.Trim();
            case YamlScalar s:
                Error(L("translation.empty", ("where", where)), s.Span);
                return null;
            default:
                Error(L("translation.not-text", ("where", where)), node.Span);
                return null;
        }
    }

    private void CheckKeys(YamlMapping map, string[] known, LocalText where)
    {
        foreach (var (key, _) in map.Entries.Where(e => !known.Contains(e.Key.Value)))
        {
            var suggestion = Suggestions.Closest(key.Value, known);
            var unknown = ControlCharacters.Escape(key.Value);
            Error(suggestion is null ? L("pack.unknown-key", ("key", unknown), ("where", where)) : L("pack.unknown-key-suggest", ("key", unknown), ("where", where), ("suggestion", suggestion)),
                key.Span, L("pack.known-keys", ("keys", string.Join(", ", known))));
        }
    }

    [GeneratedRegex(@"^translation\s*:", RegexOptions.Multiline)]
    private static partial Regex TranslationKey();

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex HoleText();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
