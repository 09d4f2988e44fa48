using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Rules;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Designer.Tests.Rules;

/// <summary>
/// The Spanish and Portuguese texts of the built-in pack are complete and keep the pack's logic: every rule, area,
/// dimension and param of rules/mif-territorial.yaml has its translation and no unknown one is added; every message
/// keeps the same <c>{{ }}</c> expressions once string literals are set aside; code-like literals the expressions
/// compare with project data, and the code quotes of the English texts, stay as they are.
/// </summary>
public sealed partial class BuiltInPackTranslationTests
{
    private static readonly string[] RuleFields = ["title", "lesson", "message", "help"];

    public static TheoryData<string> Languages() => new() { "es", "pt" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_translation_names_its_pack_and_language(string language)
    {
        var translation = LoadTranslation(language);
        Assert.Equal("mif-territorial", Scalar(translation, "translation"));
        Assert.Equal(language, Scalar(translation, "language"));
        Assert.False(string.IsNullOrWhiteSpace(Scalar(translation, "title")));
        Assert.Equal(
            new[] { "areas", "dimensions", "language", "params", "rules", "title", "translation" },
            translation.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_rule_is_translated_in_full_and_no_unknown_rule_is(string language)
    {
        var english = LoadEnglishRules();
        var rules = Map(LoadTranslation(language), "rules");
        var ids = rules.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        var missing = english.Keys.Except(ids, StringComparer.Ordinal).ToList();
        var unknown = ids.Except(english.Keys, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && unknown.Count == 0,
            $"missing: {string.Join(", ", missing)}; unknown: {string.Join(", ", unknown)}");
        var problems = new List<string>();
        foreach (var (id, node) in rules.Children.Select(p => (((YamlScalarNode)p.Key).Value!, (YamlMappingNode)p.Value)))
        {
            var fields = node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
            problems.AddRange(fields.Except(RuleFields, StringComparer.Ordinal).Select(f => $"{id}: unknown field {f}"));
            foreach (var field in RuleFields)
            {
                var text = Scalar(node, field);
                if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"{id}: no {field}");
                }
                else if (english[id].TryGetValue(field, out var source) && text == source)
                {
                    problems.Add($"{id}: {field} is the English text");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_message_keeps_the_expressions_of_the_English_one(string language)
    {
        var english = LoadEnglishRules();
        var rules = Map(LoadTranslation(language), "rules");
        var problems = new List<string>();
        foreach (var (id, texts) in english)
        {
            if (!rules.Children.TryGetValue(new YamlScalarNode(id), out var node))
            {
                problems.Add($"{id}: no translation");
                continue;
            }
            var translated = Scalar((YamlMappingNode)node, "message") ?? "";
            var expected = Expressions(texts["message"]);
            var actual = Expressions(translated);
            if (!expected.Select(e => e.Shape).SequenceEqual(actual.Select(e => e.Shape), StringComparer.Ordinal))
            {
                problems.Add($"{id}: the expressions differ once string literals are set aside");
                continue;
            }
            for (var i = 0; i < expected.Count; i++)
            {
                for (var j = 0; j < expected[i].Literals.Count; j++)
                {
                    var (source, target) = (expected[i].Literals[j], actual[i].Literals[j]);
                    if (IsCode(source.Text) && !source.IsResult && source.Text != target.Text)
                    {
                        problems.Add($"{id}: the literal {source.Text} is compared with project data and must stay as it is, not {target.Text}");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_message_compiles_and_renders_on_the_rule_s_own_fail_cases(string language)
    {
        // The same findings, at the same places, as the English message gives; only the words differ.
        var rules = Map(LoadTranslation(language), "rules");
        var problems = new List<string>();
        foreach (var rule in RulePackLoader.BuiltIn.Rules)
        {
            if (!rules.Children.TryGetValue(new YamlScalarNode(rule.Id), out var node))
            {
                problems.Add($"{rule.Id}: no translation");
                continue;
            }
            var text = Scalar((YamlMappingNode)node, "message") ?? "";
            if (!MessageTemplate.TryCompile(text, out var template, out var error, out var offset))
            {
                problems.Add($"{rule.Id}: the message does not compile at offset {offset}: {error!.Message}");
                continue;
            }
            var translated = WithMessage(rule, template!);
            foreach (var c in rule.FailCases)
            {
                var (source, target) = (Findings(rule, c), Findings(translated, c));
                Assert.NotEmpty(source);
                if (!source.Select(f => f.Span).SequenceEqual(target.Select(f => f.Span)))
                {
                    problems.Add($"{rule.Id}: the fail case at line {c.Span.Line} gives other findings");
                    continue;
                }
                problems.AddRange(source.Zip(target)
                    .Where(p => p.Second.Message == p.First.Message || (p.Second.Message.Contains('<') && !p.First.Message.Contains('<')))
                    .Select(p => $"{rule.Id}: the fail case at line {c.Span.Line} reads \"{p.Second.Message}\""));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Code_quotes_of_the_English_texts_stay_as_they_are(string language)
    {
        var english = LoadEnglishRules();
        var rules = Map(LoadTranslation(language), "rules");
        var problems = new List<string>();
        foreach (var (id, texts) in english)
        {
            if (!rules.Children.TryGetValue(new YamlScalarNode(id), out var node))
            {
                problems.Add($"{id}: no translation");
                continue;
            }
            foreach (var field in RuleFields.Where(texts.ContainsKey))
            {
                var translated = Scalar((YamlMappingNode)node, field) ?? "";
                problems.AddRange(CodeQuote().Matches(texts[field]).Select(m => m.Value).Distinct()
                    .Where(code => !translated.Contains(code, StringComparison.Ordinal))
                    .Select(code => $"{id}: {field} lacks {code}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_area_dimension_and_param_note_is_translated(string language)
    {
        var pack = LoadYaml("mif-territorial.yaml");
        var translation = LoadTranslation(language);
        var areas = ((YamlSequenceNode)pack.Children[new YamlScalarNode("rules")]).Children
            .Select(r => Scalar((YamlMappingNode)r, "area")!).Distinct().Order(StringComparer.Ordinal);
        var dimensions = Map(Map(pack, "evaluability"), "dimensions").Children.Keys
            .Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal);
        var notes = Map(pack, "params").Children
            .Where(p => Scalar((YamlMappingNode)p.Value, "note") is not null)
            .Select(p => ((YamlScalarNode)p.Key).Value!).Order(StringComparer.Ordinal);
        foreach (var (section, expected) in new[] { ("areas", areas), ("dimensions", dimensions), ("params", notes) })
        {
            var map = Map(translation, section);
            Assert.Equal(expected, map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));
            Assert.All(map.Children.Values, v => Assert.False(string.IsNullOrWhiteSpace(((YamlScalarNode)v).Value)));
        }
    }

    private static List<Finding> Findings(Rule rule, RuleTestCase c)
    {
        var root = c.Snippet.Kind == ValueKind.Map ? c.Snippet.AsMap : CelMap.Empty;
        var findings = new List<Finding>();
        Checker.Run(rule, root, new ProjectScope(root), findings);
        return findings;
    }

    private static Rule WithMessage(Rule rule, MessageTemplate message) => new()
    {
        Id = rule.Id,
        Title = rule.Title,
        Area = rule.Area,
        Severity = rule.Severity,
        Lesson = rule.Lesson,
        Cite = rule.Cite,
        Help = rule.Help,
        Pack = rule.Pack,
        At = rule.At,
        ForEach = rule.ForEach,
        When = rule.When,
        Assert = rule.Assert,
        Message = message,
        Params = rule.Params,
        ParamNames = rule.ParamNames,
        Weight = rule.Weight,
        Span = rule.Span,
    };

    /// <summary>
    /// A literal without whitespace (a code such as 'public', 'short', or a pattern) is data, not words — unless it is
    /// what the expression gives rather than what it compares: the value of a map entry (<c>{'short': 'corto plazo'}</c>,
    /// the words a code reads as) or the else branch of a condition, both written after a colon.
    /// </summary>
    private static bool IsCode(string literal)
    {
        var inner = literal[1..^1];
        return inner.Any(char.IsLetter) && !inner.Any(char.IsWhiteSpace);
    }

    private static List<(string Shape, List<(string Text, bool IsResult)> Literals)> Expressions(string message) =>
        Expression().Matches(message).Select(m =>
        {
            var hole = m.Groups[1].Value;
            var literals = StringLiteral().Matches(hole)
                .Select(l => (l.Value, hole[..l.Index].TrimEnd().EndsWith(':')))
                .ToList();
            return (StringLiteral().Replace(hole, "''"), literals);
        }).ToList();

    private static Dictionary<string, Dictionary<string, string>> LoadEnglishRules()
    {
        var rules = (YamlSequenceNode)LoadYaml("mif-territorial.yaml").Children[new YamlScalarNode("rules")];
        return rules.Children.Cast<YamlMappingNode>().ToDictionary(
            r => Scalar(r, "id")!,
            r => RuleFields.Where(f => Scalar(r, f) is not null).ToDictionary(f => f, f => Scalar(r, f)!),
            StringComparer.Ordinal);
    }

    private static YamlMappingNode LoadTranslation(string language) => LoadYaml($"mif-territorial.{language}.yaml");

    private static YamlMappingNode LoadYaml(string file)
    {
        using var reader = new StreamReader(TestPaths.InRepo("rules", file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("`[^`]+`")]
    private static partial Regex CodeQuote();
}
