using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Designer.Localization;
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

    /// <summary>The pack's parameters as the map every rule starts from, made once per pack (not once per rule).</summary>
    private CelMap? _packParamMap;
    private EvaluabilityModel? _evaluability;
    private readonly bool _deferred;
    private Dictionary<string, (CompiledExpression?, ExpressionError?)> _compiled = [];

    private RulePackLoader(string file, string text, bool deferred)
    {
        _file = file;
        _locator = new TextLocator(file, text);
        _deferred = deferred;
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
            bag.Error(DiagnosticCodes.RulePack, LocalText.Of("pack.is-translation"), SourceSpan.StartOf(path), LocalText.Of("pack.is-translation.hint"));
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

    public static (RulePack? Pack, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text) =>
        Load(file, text, deferred: false);

    /// <summary>
    /// Loads a pack; with <paramref name="deferred"/> each message compiles when it first renders (see
    /// <see cref="MessageTemplate.Deferred"/>) and each rule's test cases are read when first asked for, so their
    /// mistakes are not reported here: for a pack known to load clean eagerly. <paramref name="nodes"/>,
    /// a <see cref="YamlSnapshot"/> of the text, is used when it was made from this very text.
    /// </summary>
    internal static (RulePack? Pack, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text, bool deferred, Stream? nodes = null)
    {
        var loader = new RulePackLoader(file, text, deferred);
        var pack = loader.Run(text, nodes);
        var diagnostics = loader._bag.ToOrderedList();
        return (diagnostics.Any(d => d.Severity == Severity.Error) ? null : pack, diagnostics);
    }

    /// <summary>The built-in pack, embedded in the library.</summary>
    public static RulePack BuiltIn => BuiltInPack.Value;

    private static readonly List<Diagnostic> BuiltInTranslationProblems = [];

    private static readonly Lazy<RulePack> BuiltInPack = new(() =>
    {
        var text = EmbeddedResources.Read("rules/mif-territorial.yaml");
        // Its messages compile as their rules first find something: a test loads it and its translations with every
        // message compiled (`The_rule_file_in_the_repository_is_the_embedded_one`). Its nodes come from the
        // snapshot its tests keep beside it (`BuiltInSnapshotTests`), not from scanning its YAML.
        using var nodes = EmbeddedResources.Open("rules/mif-territorial.yaml.nodes");
        var (pack, diagnostics) = Load("rules/mif-territorial.yaml", text, deferred: true, nodes);
        if (pack is null)
        {
            throw new InvalidOperationException("the built-in rule pack does not load: " + string.Join("; ", diagnostics));
        }
        // The translations load when a run first asks for their language. One that does not load leaves the pack
        // in English; BuiltInTranslationDiagnostics keeps why, and a test holds it empty.
        return RulePackTranslationLoader.AttachLazilyFrom(pack, ReadEmbedded, deferMessages: true, found =>
        {
            lock (BuiltInTranslationProblems)
            {
                BuiltInTranslationProblems.AddRange(found);
            }
        }, name => EmbeddedResources.Open(name + ".nodes"));
    });

    /// <summary>What was wrong with the built-in pack's embedded translations (empty when they all load).</summary>
    internal static IReadOnlyList<Diagnostic> BuiltInTranslationDiagnostics
    {
        get
        {
            // Asking for every language loads every translation.
            _ = BuiltInPack.Value.Translations.Count;
            lock (BuiltInTranslationProblems)
            {
                return [.. BuiltInTranslationProblems];
            }
        }
    }


    private static string? ReadEmbedded(string name) =>
        EmbeddedResources.Names(name).Contains(name) ? EmbeddedResources.Read(name) : null;

    private void Error(LocalText message, SourceSpan span, LocalText? hint = null) => _bag.Error(DiagnosticCodes.RulePack, message, span, hint);

    private static LocalText L(string key, params (string Name, object? Value)[] args) => LocalText.Of(key, args);

    private RulePack? Run(string text, Stream? nodes)
    {
        var root = (nodes is null ? null : YamlSnapshot.TryRead(_locator, nodes)) ?? YamlReader.Read(_locator, _bag);
        if (root is null)
        {
            if (!_bag.HasErrors)
            {
                Error(L("pack.empty"), SourceSpan.StartOf(_file), L("pack.empty.hint"));
            }
            return null;
        }
        if (root is not YamlMapping map)
        {
            Error(L("pack.not-mapping"), root.Span);
            return null;
        }
        CheckKeys(map, PackKeys, L("pack.the-pack"), ["pack", "title", "rules"]);
        var name = ScalarText(map["pack"]) ?? "pack";
        _docsBase = ScalarText(map["docs"]);
        _packParams = LoadPackParams(map["params"]);
        _packParamMap = null;
        _evaluability = LoadEvaluability(map["evaluability"]);
        var rules = new List<Rule>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        if (map["rules"] is YamlSequence seq)
        {
            _compiled = CompileAll(seq);
            foreach (var item in seq.Items)
            {
                if (item is not YamlMapping ruleMap)
                {
                    Error(L("pack.rule-not-mapping"), item.Span);
                    continue;
                }
                var rule = LoadRule(ruleMap, name);
                if (rule is null)
                {
                    continue;
                }
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    Error(L("pack.duplicate-rule", ("id", rule.Id), ("line", first.Line)), rule.Span, L("pack.duplicate-rule.hint"));
                    continue;
                }
                seen[rule.Id] = rule.Span;
                rules.Add(rule);
            }
        }
        else if (map["rules"] is { } notList)
        {
            Error(L("pack.rules-not-list"), notList.Span);
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

    private void CheckKeys(YamlMapping map, string[] known, LocalText where, string[] required)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, known);
                Error(suggestion is null ? L("pack.unknown-key", ("key", key.Value), ("where", where)) : L("pack.unknown-key-suggest", ("key", key.Value), ("where", where), ("suggestion", suggestion)),
                    key.Span, L("pack.known-keys", ("keys", string.Join(", ", known))));
            }
        }
        foreach (var key in required)
        {
            if (map[key] is null)
            {
                Error(L("pack.missing-key", ("key", key), ("where", where)), map.Span);
            }
        }
    }

    private static string? ScalarText(YamlNode? node) => node is YamlScalar s ? s.Value : null;

    private static CelMap PackParameterMap(List<PackParameter> parameters)
    {
        var map = CelMap.Empty;
        foreach (var p in parameters)
        {
            map = map.With(p.Name, p.Value);
        }
        return map;
    }

    private Rule? LoadRule(YamlMapping map, string pack)
    {
        var id = ScalarText(map["id"]);
        var errorsBefore = _bag.Count;
        if (id is not null && !RuleIds.IsValid(id))
        {
            Error(L("pack.bad-rule-id", ("id", Text.ControlCharacters.Escape(id))), map["id"]!.Span, L("pack.bad-rule-id.hint"));
            id = Text.ControlCharacters.Escape(id);
        }
        var where = id is null ? L("pack.a-rule") : L("pack.rule", ("id", id));
        CheckKeys(map, RuleKeys, where, ["id", "title", "area", "severity", "lesson", "cite", "assert", "message"]);

        var severityNode = map["severity"];
        var severity = Severity.Warning;
        if (severityNode is YamlScalar sev && !SeverityNames.TryParse(sev.Value, out severity))
        {
            Error(L("pack.bad-severity", ("value", sev.Value)), sev.Span, L("pack.bad-severity.hint"));
        }

        var parameters = _packParamMap ??= PackParameterMap(_packParams);
        if (map["params"] is YamlMapping pm)
        {
            foreach (var entry in YamlValues.ToValue(pm).AsMap.Entries)
            {
                parameters = parameters.With(entry.Key.AsString, entry.Value);
            }
        }
        else if (map["params"] is { } badParams)
        {
            Error(L("pack.params-not-mapping"), badParams.Span);
        }

        var forEach = CompileField(map, "for_each", where, hasIt: false);
        var hasIt = forEach is not null;
        var when = CompileField(map, "when", where, hasIt);
        var assert = CompileField(map, "assert", where, hasIt);

        MessageTemplate? message = null;
        if (map["message"] is YamlScalar { } deferred && _deferred)
        {
            message = MessageTemplate.Deferred(deferred.Value, Language.English);
        }
        else if (map["message"] is YamlScalar ms)
        {
            if (!MessageTemplate.TryCompile(ms.Value, out message, out var error, out var offset))
            {
                var start = ExpressionStart(ms) + offset + error!.Start;
                Error(L("pack.message-error", ("where", where), ("error", error.Message)), _locator.Span(start, start + 1), L("pack.message-error.hint"));
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
                    Error(L("pack.unknown-param", ("where", where), ("name", name)), map.Span, L("pack.unknown-param.hint"));
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
            Error(L("pack.pack-params-not-mapping"), node.Span);
            return result;
        }
        foreach (var (key, value) in map.Entries)
        {
            if (value is not YamlMapping pm)
            {
                Error(L("pack.param-not-mapping", ("name", key.Value)), value.Span);
                continue;
            }
            CheckKeys(pm, ["value", "basis", "note"], L("pack.the-param", ("name", key.Value)), ["value", "basis"]);
            var basis = ScalarText(pm["basis"]);
            if (basis is not null && !Bases.Contains(basis))
            {
                Error(L("pack.bad-basis", ("basis", basis), ("name", key.Value)), pm["basis"]!.Span, L("pack.bad-basis.hint"));
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
            Error(L("pack.evaluability-not-mapping"), node.Span);
            return null;
        }
        CheckKeys(map, ["version", "dimensions"], L("pack.part-name", ("part", "evaluability")), ["version", "dimensions"]);
        var version = map["version"] is YamlScalar vs && int.TryParse(vs.Value, out var v) && v > 0 ? v : 0;
        if (map["version"] is { } badVersion && version == 0)
        {
            Error(L("pack.evaluability-version"), badVersion.Span);
        }
        if (map["dimensions"] is not YamlMapping dims)
        {
            if (map["dimensions"] is { } bad)
            {
                Error(L("pack.dimensions-not-mapping"), bad.Span);
            }
            return null;
        }
        var found = new Dictionary<string, EvaluabilityDimension>(StringComparer.Ordinal);
        foreach (var (key, value) in dims.Entries)
        {
            if (!EvaluabilityModel.DimensionIds.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, EvaluabilityModel.DimensionIds);
                Error(suggestion is null ? L("pack.unknown-dimension", ("dimension", key.Value)) : L("pack.unknown-dimension-suggest", ("dimension", key.Value), ("suggestion", suggestion)),
                    key.Span, L("pack.dimensions-are", ("dimensions", string.Join(", ", EvaluabilityModel.DimensionIds))));
                continue;
            }
            if (value is not YamlMapping dm)
            {
                Error(L("pack.dimension-shape", ("dimension", key.Value)), value.Span);
                continue;
            }
            CheckKeys(dm, ["title", "max"], L("pack.the-dimension", ("dimension", key.Value)), ["title", "max"]);
            if (dm["max"] is YamlScalar ms && int.TryParse(ms.Value, out var max) && max >= 0)
            {
                found[key.Value] = new EvaluabilityDimension(key.Value, ScalarText(dm["title"]) ?? key.Value, max);
            }
            else if (dm["max"] is { } badMax)
            {
                Error(L("pack.dimension-max", ("dimension", key.Value)), badMax.Span);
            }
        }
        var missing = EvaluabilityModel.DimensionIds.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            Error(L("pack.dimensions-missing", ("missing", string.Join(", ", missing))), dims.Span, L("pack.dimensions-missing.hint"));
            return null;
        }
        var total = found.Values.Sum(d => d.Max);
        if (total != EvaluabilityModel.Total)
        {
            Error(L("pack.dimensions-total", ("total", total), ("expected", EvaluabilityModel.Total)), dims.Span);
            return null;
        }
        return new EvaluabilityModel
        {
            Version = version,
            Dimensions = EvaluabilityModel.DimensionIds.Select(id => found[id]).ToList(),
        };
    }

    /// <summary>A rule's <c>evaluability: { dimension, points }</c>.</summary>
    private RuleWeight? LoadWeight(YamlNode? node, LocalText where)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMapping map)
        {
            Error(L("pack.weight-shape", ("where", where)), node.Span);
            return null;
        }
        CheckKeys(map, ["dimension", "points"], L("pack.part", ("where", where), ("part", "evaluability")), ["dimension", "points"]);
        var dimension = ScalarText(map["dimension"]);
        if (dimension is not null && !EvaluabilityModel.DimensionIds.Contains(dimension))
        {
            var suggestion = Suggestions.Closest(dimension, EvaluabilityModel.DimensionIds);
            Error(suggestion is null ? L("pack.weight-unknown-dimension", ("where", where), ("dimension", dimension)) : L("pack.weight-unknown-dimension-suggest", ("where", where), ("dimension", dimension), ("suggestion", suggestion)),
                map["dimension"]!.Span, L("pack.dimensions-are", ("dimensions", string.Join(", ", EvaluabilityModel.DimensionIds))));
            return null;
        }
        if (map["points"] is YamlScalar ps && (!int.TryParse(ps.Value, out var points) || points < 0))
        {
            Error(L("pack.weight-points", ("where", where)), ps.Span);
            return null;
        }
        return dimension is not null && map["points"] is YamlScalar p ? new RuleWeight(dimension, int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static int ExpressionStart(YamlScalar s) => s.Span.Start + (s.Quoted ? 1 : 0);

    private CompiledExpression? CompileField(YamlMapping map, string key, LocalText where, bool hasIt)
    {
        if (map[key] is not { } node)
        {
            return null;
        }
        if (node is not YamlScalar s)
        {
            Error(L("pack.not-expression", ("where", where), ("key", key)), node.Span);
            return null;
        }
        var start = ExpressionStart(s);
        // Offsets are exact for plain and quoted single-line scalars; a folded block points at its first line.
        var exact = s.Plain || (s.Quoted && !s.Value.Contains('\n'));
        var (compiled, error) = _compiled.TryGetValue(s.Value, out var done) ? done : Compile(s.Value);
        if (compiled is null)
        {
            var at = exact ? start + error!.Start : s.Span.Start;
            Error(L("pack.expression-error", ("where", where), ("key", key), ("error", error!.Message)), _locator.Span(at, at + 1), L("pack.expression-error.hint"));
            return null;
        }
        foreach (var warning in compiled.Warnings)
        {
            var at = exact ? start + warning.Start : s.Span.Start;
            Error(L("pack.expression-error", ("where", where), ("key", key), ("error", warning.Message)), _locator.Span(at, exact ? start + warning.End : at + 1), L("pack.expression-warning.hint"));
        }
        CheckFreeNames(compiled.Syntax, where, key, hasIt, exact ? start : -1, s.Span.Start);
        return compiled.Warnings.Count > 0 ? null : compiled;
    }

    private static (CompiledExpression? Compiled, ExpressionError? Error) Compile(string text) =>
        ExpressionEngine.TryCompile(text, out var compiled, out var error) ? (compiled, null) : (null, error);

    private static readonly string[] ExpressionKeys = ["for_each", "when", "assert"];

    /// <summary>
    /// Every rule's expressions, compiled on all cores before the rules are read one by one (compiling is most of
    /// loading a pack, and an expression's result depends on its text alone).
    /// </summary>
    private static Dictionary<string, (CompiledExpression?, ExpressionError?)> CompileAll(YamlSequence rules)
    {
        var texts = new List<string>();
        foreach (var rule in rules.Items)
        {
            if (rule is YamlMapping map)
            {
                foreach (var key in ExpressionKeys)
                {
                    if (map[key] is YamlScalar s)
                    {
                        texts.Add(s.Value);
                    }
                }
            }
        }
        var results = new (CompiledExpression?, ExpressionError?)[texts.Count];
        if (texts.Count < 16)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                results[i] = Compile(texts[i]);
            }
        }
        else
        {
            Parallel.For(0, texts.Count, i => results[i] = Compile(texts[i]));
        }
        var byText = new Dictionary<string, (CompiledExpression?, ExpressionError?)>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            byText.TryAdd(texts[i], results[i]);
        }
        return byText;
    }

    /// <summary>A rule may name the project's sections, <c>params</c>, and <c>it</c> when it has <c>for_each</c>.</summary>
    private void CheckFreeNames(Expr syntax, LocalText where, string key, bool hasIt, int start, int fallback)
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
                var message = id.Name == "it" && !hasIt ? L("pack.not-a-section-it", ("where", where), ("key", key), ("name", id.Name))
                    : suggestion is null ? L("pack.not-a-section", ("where", where), ("key", key), ("name", id.Name))
                    : L("pack.not-a-section-suggest", ("where", where), ("key", key), ("name", id.Name), ("suggestion", suggestion));
                Error(message, _locator.Span(at, start >= 0 ? start + id.End : at + 1));
            }
            return true;
        });
    }

    private (IReadOnlyList<RuleTestCase> Pass, IReadOnlyList<RuleTestCase> Fail) LoadTests(YamlNode? node, LocalText where)
    {
        if (node is null)
        {
            return ([], []);
        }
        if (node is not YamlMapping tests)
        {
            Error(L("pack.tests-shape", ("where", where)), node.Span);
            return ([], []);
        }
        foreach (var (key, _) in tests.Entries)
        {
            if (key.Value is not ("pass" or "fail"))
            {
                Error(L("pack.tests-unknown-key", ("where", where), ("key", key.Value)), key.Span, L("pack.tests-unknown-key.hint"));
            }
        }
        return (Cases(tests["pass"], where, "pass"), Cases(tests["fail"], where, "fail"));
    }

    private IReadOnlyList<RuleTestCase> Cases(YamlNode? node, LocalText where, string kind)
    {
        var result = new List<RuleTestCase>();
        if (node is null)
        {
            return result;
        }
        if (node is not YamlSequence seq)
        {
            Error(L("pack.tests-not-list", ("where", where), ("kind", kind)), node.Span);
            return result;
        }
        if (_deferred)
        {
            // Only `designer rules test` and the pack's own tests run the cases: read them when asked for.
            var text = _locator.Text;
            return new DeferredList<RuleTestCase>(() => [.. seq.Items.OfType<YamlMapping>().Select(item => Case(item, text))]);
        }
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping)
            {
                Error(L("pack.test-case-shape", ("where", where), ("kind", kind)), item.Span);
                continue;
            }
            result.Add(Case(item, _locator.Text));
        }
        return result;
    }

    private static RuleTestCase Case(YamlNode item, string text) =>
        new(YamlValues.ToValue(item), item.Span, text.Substring(item.Span.Start, Math.Max(0, item.Span.End - item.Span.Start)).Trim());
}
