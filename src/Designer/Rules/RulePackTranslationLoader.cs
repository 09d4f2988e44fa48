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

    public static (RulePackTranslation? Translation, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text, RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var loader = new RulePackTranslationLoader(file, text, pack);
        var translation = loader.Run(text);
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
            var file = FileFor(pack.File, language);
            if (readText(file) is not { } text)
            {
                continue;
            }
            var (translation, found) = Load(file, text, pack);
            diagnostics.AddRange(found);
            if (translation is not null && translation.Language != language)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.RulePack,
                    $"the translation says `language: {translation.Language.Code()}` but its file name says `{language.Code()}`", SourceSpan.StartOf(file)));
                continue;
            }
            if (translation is not null)
            {
                translations[language] = translation;
            }
        }
        return (translations.Count == 0 ? pack : new RulePack
        {
            Name = pack.Name,
            Title = pack.Title,
            Source = pack.Source,
            File = pack.File,
            Rules = pack.Rules,
            Params = pack.Params,
            Evaluability = pack.Evaluability,
            DocsBase = pack.DocsBase,
            Translations = translations,
        }, diagnostics);
    }

    private void Error(string message, SourceSpan span, string? hint = null) => _bag.Error(DiagnosticCodes.RulePack, message, span, hint);

    private RulePackTranslation? Run(string text)
    {
        if (YamlReader.Read(_locator, _bag) is not YamlMapping map)
        {
            if (!_bag.HasErrors)
            {
                Error("a translation is a mapping with `translation`, `language` and the texts it translates", SourceSpan.StartOf(_file));
            }
            return null;
        }
        CheckKeys(map, TopKeys, "the translation");
        foreach (var key in new[] { "translation", "language" }.Where(k => map[k] is null))
        {
            Error($"missing required key `{key}` in the translation", map.Span);
        }
        if (map["translation"] is YamlScalar packName && packName.Value != _pack.Name)
        {
            Error($"the translation is of pack `{packName.Value}`, but it lies beside pack `{_pack.Name}`", packName.Span);
        }
        var language = Language.English;
        if (map["language"] is YamlScalar lang && (!Languages.TryParse(lang.Value, out language) || language == Language.English))
        {
            Error($"`language` should be es or pt, found `{ControlCharacters.Escape(lang.Value)}`", lang.Span, "The pack itself is the English text.");
        }
        var dimensionIds = _pack.Evaluability?.Dimensions.Select(d => d.Id).ToList() ?? [];
        var areas = _pack.Rules.Select(r => r.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        var paramNames = _pack.Params.Select(p => p.Name).ToList();
        return new RulePackTranslation
        {
            Pack = _pack.Name,
            Language = language,
            File = _file,
            Title = Text(map["title"], "title"),
            Dimensions = Texts(map["dimensions"], "dimensions", "evaluability dimension", dimensionIds),
            Areas = Texts(map["areas"], "areas", "area", areas),
            Params = Texts(map["params"], "params", "pack parameter", paramNames),
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
            Error("`rules` should map each rule id to its texts", node.Span);
            return rules;
        }
        foreach (var (key, value) in map.Entries)
        {
            var rule = _pack.Rules.FirstOrDefault(r => r.Id == key.Value);
            if (rule is null)
            {
                var suggestion = Suggestions.Closest(key.Value, _pack.Rules.Select(r => r.Id));
                Error($"rule `{ControlCharacters.Escape(key.Value)}` is not in pack `{_pack.Name}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), key.Span);
                continue;
            }
            if (value is not YamlMapping texts)
            {
                Error($"rule {rule.Id}: its texts should be a mapping of title, lesson, message and help", value.Span);
                continue;
            }
            CheckKeys(texts, RuleKeys, $"rule {rule.Id}");
            rules[rule.Id] = new RuleTexts(
                Text(texts["title"], $"rule {rule.Id}: title"),
                Text(texts["lesson"], $"rule {rule.Id}: lesson"),
                Message(texts["message"], rule, language),
                Text(texts["help"], $"rule {rule.Id}: help"));
        }
        return rules;
    }

    private MessageTemplate? Message(YamlNode? node, Rule rule, Language language)
    {
        if (Text(node, $"rule {rule.Id}: message") is not { } text)
        {
            return null;
        }
        var scalar = (YamlScalar)node!;
        if (!MessageTemplate.TryCompile(text, language, out var message, out var error, out var offset))
        {
            var start = scalar.Span.Start + (scalar.Quoted ? 1 : 0) + offset + error!.Start;
            Error($"rule {rule.Id}: message: {error.Message}", _locator.Span(start, start + 1), "Holes in a message are `{{ expression }}`.");
            return null;
        }
        var ours = Holes(text);
        var theirs = Holes(rule.Message.Text);
        if (!ours.SequenceEqual(theirs))
        {
            Error($"rule {rule.Id}: message: its `{{{{ }}}}` expressions differ from the pack's ({ours.Count} here, {theirs.Count} there, or other logic); only their string literals may be translated",
                scalar.Span, "Copy each expression of the English message and translate only the text in its quotes.");
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
            Error($"`{section}` should map each {what} to its text", node.Span);
            return texts;
        }
        foreach (var (key, value) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, known);
                Error($"`{ControlCharacters.Escape(key.Value)}` is not an {what} of pack `{_pack.Name}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), key.Span,
                    known.Count == 0 ? null : $"Known: {string.Join(", ", known)}.");
                continue;
            }
            if (Text(value, $"{section}.{key.Value}") is { } text)
            {
                texts[key.Value] = text;
            }
        }
        return texts;
    }

    private string? Text(YamlNode? node, string where)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar s when s.Value.Trim().Length > 0:
                return s.Value.Trim();
            case YamlScalar s:
                Error($"{where} is empty: leave the key out to keep the pack's text", s.Span);
                return null;
            default:
                Error($"{where} should be a text", node.Span);
                return null;
        }
    }

    private void CheckKeys(YamlMapping map, string[] known, string where)
    {
        foreach (var (key, _) in map.Entries.Where(e => !known.Contains(e.Key.Value)))
        {
            var suggestion = Suggestions.Closest(key.Value, known);
            Error($"unknown key `{ControlCharacters.Escape(key.Value)}` in {where}" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), key.Span, $"Known keys: {string.Join(", ", known)}.");
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
