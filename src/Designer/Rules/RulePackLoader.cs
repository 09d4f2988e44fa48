using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Rules;

/// <summary>
/// Loads a rule pack from YAML, compiling every expression once. A mistake in the pack (unknown key, missing
/// key, bad severity, duplicate id, an expression that does not parse or names an unknown function or section)
/// is reported at its own file:line:col.
/// </summary>
public sealed partial class RulePackLoader
{
    private static readonly string[] PackKeys = ["pack", "title", "source", "docs", "params", "evaluability", "rules"];
    private static readonly string[] RuleKeys = ["id", "title", "area", "severity", "lesson", "cite", "at", "for_each", "when", "assert", "message", "help", "params", "evaluability", "tests"];
    private static readonly string[] Bases = ["source", "designer"];

    private readonly string _file;
    private readonly TextLocator _locator;
    private readonly DiagnosticBag _bag = new();
    private string? _docsBase;
    private List<PackParameter> _packParams = [];
    private EvaluabilityModel? _evaluability;

    private RulePackLoader(string file, string text)
    {
        _file = file;
        _locator = new TextLocator(file, text);
    }

    public static (RulePack? Pack, IReadOnlyList<Diagnostic> Diagnostics) LoadFile(string path)
    {
        var bag = new DiagnosticBag();
        if (!Files.SafeFileReader.TryReadText(path, path, YamlLimits.Default.MaxFileSize, bag, out var text))
        {
            return (null, bag.ToOrderedList());
        }
        if (RulePackTranslationLoader.IsTranslation(text!))
        {
            bag.Error(DiagnosticCodes.RulePack, "this file is a translation of a rule pack (it has `translation:`), not a pack", SourceSpan.StartOf(path),
                "Name the pack itself; its translations beside it (PACK.es.yaml, PACK.pt.yaml) are read with it.");
            return (null, bag.ToOrderedList());
        }
        var (pack, diagnostics) = Load(path, text!);
        if (pack is null)
        {
            return (null, diagnostics);
        }
        // A translation beside the pack is read with it; one that does not load fails the pack, as a bad rule would.
        var (translated, translationDiagnostics) = RulePackTranslationLoader.AttachFrom(pack, file =>
        {
            if (!File.Exists(file))
            {
                return null;
            }
            var translationBag = new DiagnosticBag();
            if (!Files.SafeFileReader.TryReadText(file, file, YamlLimits.Default.MaxFileSize, translationBag, out var t))
            {
                bag.AddRange(translationBag.ToOrderedList());
                return null;
            }
            return t;
        });
        bag.AddRange(diagnostics);
        bag.AddRange(translationDiagnostics);
        var all = bag.ToOrderedList();
        return (all.Any(d => d.Severity == Severity.Error) ? null : translated, all);
    }

    public static (RulePack? Pack, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text)
    {
        var loader = new RulePackLoader(file, text);
        var pack = loader.Run(text);
        var diagnostics = loader._bag.ToOrderedList();
        return (diagnostics.Any(d => d.Severity == Severity.Error) ? null : pack, diagnostics);
    }

    /// <summary>The built-in pack, embedded in the library.</summary>
    public static RulePack BuiltIn => BuiltInPack.Value;

    private static readonly Lazy<RulePack> BuiltInPack = new(() =>
    {
        var text = EmbeddedResources.Read("rules/mif-territorial.yaml");
        var (pack, diagnostics) = Load("rules/mif-territorial.yaml", text);
        if (pack is null)
        {
            throw new InvalidOperationException("the built-in rule pack does not load: " + string.Join("; ", diagnostics));
        }
        // A built-in translation that does not load leaves the pack in English; BuiltInTranslationDiagnostics keeps
        // why, and a test holds it empty.
        var (translated, translationDiagnostics) = RulePackTranslationLoader.AttachFrom(pack, ReadEmbedded);
        BuiltInTranslationProblems = translationDiagnostics;
        return translated;
    });

    /// <summary>What was wrong with the built-in pack's embedded translations (empty when they all load).</summary>
    internal static IReadOnlyList<Diagnostic> BuiltInTranslationDiagnostics
    {
        get
        {
            _ = BuiltInPack.Value;
            return BuiltInTranslationProblems;
        }
    }

    private static IReadOnlyList<Diagnostic> BuiltInTranslationProblems = [];

    private static string? ReadEmbedded(string name) =>
        EmbeddedResources.Names(name).Contains(name) ? EmbeddedResources.Read(name) : null;

    private void Error(string message, SourceSpan span, string? hint = null) => _bag.Error(DiagnosticCodes.RulePack, message, span, hint);

    private RulePack? Run(string text)
    {
        var root = YamlReader.Read(_file, text, _bag);
        if (root is null)
        {
            if (!_bag.HasErrors)
            {
                Error("the rule pack is empty", SourceSpan.StartOf(_file), "A pack needs `pack`, `title` and `rules`.");
            }
            return null;
        }
        if (root is not YamlMapping map)
        {
            Error("a rule pack is a mapping with `pack`, `title` and `rules`", root.Span);
            return null;
        }
        CheckKeys(map, PackKeys, "the pack", ["pack", "title", "rules"]);
        var name = ScalarText(map["pack"]) ?? "pack";
        _docsBase = ScalarText(map["docs"]);
        _packParams = LoadPackParams(map["params"]);
        _evaluability = LoadEvaluability(map["evaluability"]);
        var rules = new List<Rule>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        if (map["rules"] is YamlSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is not YamlMapping ruleMap)
                {
                    Error("each rule is a mapping with id, title, area, severity, lesson, cite, assert and message", item.Span);
                    continue;
                }
                var rule = LoadRule(ruleMap, name);
                if (rule is null)
                {
                    continue;
                }
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    Error($"duplicate rule id `{rule.Id}` (first defined at line {first.Line})", rule.Span, "Give each rule its own id.");
                    continue;
                }
                seen[rule.Id] = rule.Span;
                rules.Add(rule);
            }
        }
        else if (map["rules"] is { } notList)
        {
            Error("`rules` should be a list of rules", notList.Span);
        }
        return new RulePack
        {
            Name = name,
            Title = ScalarText(map["title"]) ?? name,
            Source = ScalarText(map["source"]),
            DocsBase = ScalarText(map["docs"]),
            Params = _packParams,
            Evaluability = _evaluability,
            File = _file,
            Rules = rules,
        };
    }

    private void CheckKeys(YamlMapping map, string[] known, string where, string[] required)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, known);
                Error($"unknown key `{key.Value}` in {where}" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), key.Span, $"Known keys: {string.Join(", ", known)}.");
            }
        }
        foreach (var key in required)
        {
            if (map[key] is null)
            {
                Error($"missing required key `{key}` in {where}", map.Span);
            }
        }
    }

    private static string? ScalarText(YamlNode? node) => node is YamlScalar s ? s.Value : null;

    private Rule? LoadRule(YamlMapping map, string pack)
    {
        var id = ScalarText(map["id"]);
        var errorsBefore = _bag.Count;
        if (id is not null && !RuleIds.IsValid(id))
        {
            Error($"rule id `{Text.ControlCharacters.Escape(id)}` is not valid: {RuleIds.Rule}", map["id"]!.Span, "Write an id such as `MON001` or `agency.budget-share`.");
            id = Text.ControlCharacters.Escape(id);
        }
        var where = id is null ? "a rule" : $"rule {id}";
        CheckKeys(map, RuleKeys, where, ["id", "title", "area", "severity", "lesson", "cite", "assert", "message"]);

        var severityNode = map["severity"];
        var severity = Severity.Warning;
        if (severityNode is YamlScalar sev && !SeverityNames.TryParse(sev.Value, out severity))
        {
            Error($"`{sev.Value}` is not a severity", sev.Span, "Use error, warning or info.");
        }

        var parameters = CelMap.Empty;
        foreach (var p in _packParams)
        {
            parameters = parameters.With(p.Name, p.Value);
        }
        if (map["params"] is YamlMapping pm)
        {
            foreach (var entry in YamlValues.ToValue(pm).AsMap.Entries)
            {
                parameters = parameters.With(entry.Key.AsString, entry.Value);
            }
        }
        else if (map["params"] is { } badParams)
        {
            Error("`params` should be a mapping of names to values", badParams.Span);
        }

        var forEach = CompileField(map, "for_each", where, hasIt: false);
        var hasIt = forEach is not null;
        var when = CompileField(map, "when", where, hasIt);
        var assert = CompileField(map, "assert", where, hasIt);

        MessageTemplate? message = null;
        if (map["message"] is YamlScalar ms)
        {
            if (!MessageTemplate.TryCompile(ms.Value, out message, out var error, out var offset))
            {
                var start = ExpressionStart(ms) + offset + error!.Start;
                Error($"{where}: message: {error.Message}", _locator.Span(start, start + 1), "Holes in a message are `{{ expression }}`.");
            }
        }

        var at = ScalarText(map["at"]);
        var (pass, fail) = LoadTests(map["tests"], where);
        var weight = LoadWeight(map["evaluability"], where);
        var paramNames = new List<string>();
        foreach (var text in new[] { forEach?.Text, when?.Text, assert?.Text, message?.Text })
        {
            foreach (System.Text.RegularExpressions.Match m in ParamReference().Matches(text ?? ""))
            {
                var name = m.Groups[1].Value;
                if (paramNames.Contains(name))
                {
                    continue;
                }
                paramNames.Add(name);
                if (!parameters.TryGet(name, out _))
                {
                    Error($"{where} reads `params.{name}`, which neither the rule nor its pack defines", map.Span, "Add it to the pack's `params:` or the rule's own `params:`.");
                }
            }
        }

        if (_bag.Count > errorsBefore || id is null || assert is null || message is null)
        {
            return null;
        }
        return new Rule
        {
            Id = id,
            Title = ScalarText(map["title"]) ?? id,
            Area = ScalarText(map["area"]) ?? "general",
            Severity = severity,
            Lesson = (ScalarText(map["lesson"]) ?? "").Trim(),
            Cite = ScalarText(map["cite"]) ?? "",
            Help = ScalarText(map["help"])?.Trim(),
            Pack = pack,
            At = at,
            ForEach = forEach,
            When = when,
            Assert = assert,
            Message = message,
            Params = parameters,
            ParamNames = paramNames,
            Weight = weight,
            PassCases = pass,
            FailCases = fail,
            Span = map.Span,
            Docs = RuleLinks.IsAbsoluteWebAddress(_docsBase) ? RuleLinks.PageUnder(_docsBase!, id) : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bparams\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial System.Text.RegularExpressions.Regex ParamReference();

    /// <summary>The pack's <c>params:</c>: each name maps to <c>{ value, basis: source|designer, note }</c>.</summary>
    private List<PackParameter> LoadPackParams(YamlNode? node)
    {
        var result = new List<PackParameter>();
        if (node is null)
        {
            return result;
        }
        if (node is not YamlMapping map)
        {
            Error("the pack's `params` should be a mapping of names to `{ value, basis, note }`", node.Span);
            return result;
        }
        foreach (var (key, value) in map.Entries)
        {
            if (value is not YamlMapping pm)
            {
                Error($"pack parameter `{key.Value}` should be a mapping `{{ value: ..., basis: source|designer, note: ... }}`", value.Span);
                continue;
            }
            CheckKeys(pm, ["value", "basis", "note"], $"pack parameter `{key.Value}`", ["value", "basis"]);
            var basis = ScalarText(pm["basis"]);
            if (basis is not null && !Bases.Contains(basis))
            {
                Error($"`{basis}` is not a basis for pack parameter `{key.Value}`", pm["basis"]!.Span, "Use `source` (the source document gives it) or `designer` (Designer's default).");
            }
            if (pm["value"] is { } v && basis is not null)
            {
                result.Add(new PackParameter(key.Value, YamlValues.ToValue(v), basis, ScalarText(pm["note"])?.Trim()));
            }
        }
        return result;
    }

    /// <summary>The pack's <c>evaluability:</c> — a version and the nine dimensions, each with a title and its most points.</summary>
    private EvaluabilityModel? LoadEvaluability(YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMapping map)
        {
            Error("`evaluability` should be a mapping with `version` and `dimensions`", node.Span);
            return null;
        }
        CheckKeys(map, ["version", "dimensions"], "evaluability", ["version", "dimensions"]);
        var version = map["version"] is YamlScalar vs && int.TryParse(vs.Value, out var v) && v > 0 ? v : 0;
        if (map["version"] is { } badVersion && version == 0)
        {
            Error("`evaluability.version` should be a positive whole number", badVersion.Span);
        }
        if (map["dimensions"] is not YamlMapping dims)
        {
            if (map["dimensions"] is { } bad)
            {
                Error("`evaluability.dimensions` should map each dimension id to `{ title, max }`", bad.Span);
            }
            return null;
        }
        var found = new Dictionary<string, EvaluabilityDimension>(StringComparer.Ordinal);
        foreach (var (key, value) in dims.Entries)
        {
            if (!EvaluabilityModel.DimensionIds.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, EvaluabilityModel.DimensionIds);
                Error($"`{key.Value}` is not an evaluability dimension" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), key.Span, $"The dimensions are: {string.Join(", ", EvaluabilityModel.DimensionIds)}.");
                continue;
            }
            if (value is not YamlMapping dm)
            {
                Error($"dimension `{key.Value}` should be `{{ title: ..., max: ... }}`", value.Span);
                continue;
            }
            CheckKeys(dm, ["title", "max"], $"dimension `{key.Value}`", ["title", "max"]);
            if (dm["max"] is YamlScalar ms && int.TryParse(ms.Value, out var max) && max >= 0)
            {
                found[key.Value] = new EvaluabilityDimension(key.Value, ScalarText(dm["title"]) ?? key.Value, max);
            }
            else if (dm["max"] is { } badMax)
            {
                Error($"`max` of dimension `{key.Value}` should be a whole number of points", badMax.Span);
            }
        }
        var missing = EvaluabilityModel.DimensionIds.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            Error($"evaluability lacks the dimension(s) {string.Join(", ", missing)}", dims.Span, "Give every one of the nine dimensions its `max`, even if it is 0.");
            return null;
        }
        var total = found.Values.Sum(d => d.Max);
        if (total != EvaluabilityModel.Total)
        {
            Error($"the evaluability dimensions add up to {total} points, not {EvaluabilityModel.Total}", dims.Span);
            return null;
        }
        return new EvaluabilityModel
        {
            Version = version,
            Dimensions = EvaluabilityModel.DimensionIds.Select(id => found[id]).ToList(),
        };
    }

    /// <summary>A rule's <c>evaluability: { dimension, points }</c>.</summary>
    private RuleWeight? LoadWeight(YamlNode? node, string where)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMapping map)
        {
            Error($"{where}: `evaluability` should be `{{ dimension: ..., points: ... }}`", node.Span);
            return null;
        }
        CheckKeys(map, ["dimension", "points"], $"{where}: evaluability", ["dimension", "points"]);
        var dimension = ScalarText(map["dimension"]);
        if (dimension is not null && !EvaluabilityModel.DimensionIds.Contains(dimension))
        {
            var suggestion = Suggestions.Closest(dimension, EvaluabilityModel.DimensionIds);
            Error($"{where}: `{dimension}` is not an evaluability dimension" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), map["dimension"]!.Span, $"The dimensions are: {string.Join(", ", EvaluabilityModel.DimensionIds)}.");
            return null;
        }
        if (map["points"] is YamlScalar ps && (!int.TryParse(ps.Value, out var points) || points < 0))
        {
            Error($"{where}: evaluability `points` should be a whole number of points, 0 or more", ps.Span);
            return null;
        }
        return dimension is not null && map["points"] is YamlScalar p ? new RuleWeight(dimension, int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static int ExpressionStart(YamlScalar s) => s.Span.Start + (s.Quoted ? 1 : 0);

    private CompiledExpression? CompileField(YamlMapping map, string key, string where, bool hasIt)
    {
        if (map[key] is not { } node)
        {
            return null;
        }
        if (node is not YamlScalar s)
        {
            Error($"{where}: `{key}` should be an expression", node.Span);
            return null;
        }
        var start = ExpressionStart(s);
        // Offsets are exact for plain and quoted single-line scalars; a folded block points at its first line.
        var exact = s.Plain || (s.Quoted && !s.Value.Contains('\n'));
        if (!ExpressionEngine.TryCompile(s.Value, out var compiled, out var error))
        {
            var at = exact ? start + error!.Start : s.Span.Start;
            Error($"{where}: `{key}`: {error!.Message}", _locator.Span(at, at + 1), "See docs/expressions.md for the expression language.");
            return null;
        }
        foreach (var warning in compiled!.Warnings)
        {
            var at = exact ? start + warning.Start : s.Span.Start;
            Error($"{where}: `{key}`: {warning.Message}", _locator.Span(at, exact ? start + warning.End : at + 1), "See docs/expressions.md for the functions.");
        }
        CheckFreeNames(compiled.Syntax, where, key, hasIt, exact ? start : -1, s.Span.Start);
        return compiled.Warnings.Count > 0 ? null : compiled;
    }

    /// <summary>A rule may name the project's sections, <c>params</c>, and <c>it</c> when it has <c>for_each</c>.</summary>
    private void CheckFreeNames(Expr syntax, string where, string key, bool hasIt, int start, int fallback)
    {
        ExprWalk.Visit(syntax, (node, locals) =>
        {
            if (node is not IdentExpr id)
            {
                return true;
            }
            var ok = locals.Contains(id.Name) || id.Name == "params" || (hasIt && id.Name == "it")
                || ProjectSchema.Root.Find(id.Name) is not null || CelType.ByName.ContainsKey(id.Name);
            if (!ok)
            {
                var candidates = ProjectSchema.Root.Fields.Select(f => f.Key).Append("params").Concat(hasIt ? ["it"] : []);
                var suggestion = Suggestions.Closest(id.Name, candidates);
                var at = start >= 0 ? start + id.Start : fallback;
                var extra = id.Name == "it" && !hasIt ? "; `it` exists only in a rule with `for_each`" : suggestion is null ? "" : $"; did you mean `{suggestion}`?";
                Error($"{where}: `{key}` names `{id.Name}`, which is not a section of the project{extra}", _locator.Span(at, start >= 0 ? start + id.End : at + 1));
            }
            return true;
        });
    }

    private (IReadOnlyList<RuleTestCase> Pass, IReadOnlyList<RuleTestCase> Fail) LoadTests(YamlNode? node, string where)
    {
        if (node is null)
        {
            return ([], []);
        }
        if (node is not YamlMapping tests)
        {
            Error($"{where}: `tests` should be a mapping with `pass` and `fail` lists", node.Span);
            return ([], []);
        }
        foreach (var (key, _) in tests.Entries)
        {
            if (key.Value is not ("pass" or "fail"))
            {
                Error($"{where}: unknown key `{key.Value}` in tests", key.Span, "Use `pass` and `fail`.");
            }
        }
        return (Cases(tests["pass"], where, "pass"), Cases(tests["fail"], where, "fail"));
    }

    private List<RuleTestCase> Cases(YamlNode? node, string where, string kind)
    {
        var result = new List<RuleTestCase>();
        if (node is null)
        {
            return result;
        }
        if (node is not YamlSequence seq)
        {
            Error($"{where}: `tests.{kind}` should be a list of project snippets", node.Span);
            return result;
        }
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping)
            {
                Error($"{where}: each `{kind}` case is a mapping of project sections", item.Span);
                continue;
            }
            var source = _locator.Text.Substring(item.Span.Start, Math.Max(0, item.Span.End - item.Span.Start));
            result.Add(new RuleTestCase(YamlValues.ToValue(item), item.Span, source.Trim()));
        }
        return result;
    }
}
