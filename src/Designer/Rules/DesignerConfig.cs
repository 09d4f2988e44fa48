using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Rules;

/// <summary>
/// A <c>designer.yaml</c> beside the projects (found by walking up from each project file, like
/// <c>.editorconfig</c>): rules to turn off, severities and parameters to change, packs to add. Top-level
/// <c>params:</c> change a pack parameter for every rule that reads it; a rule's own <c>params:</c> win over them.
/// </summary>
public sealed class DesignerConfig
{
    public const string FileName = "designer.yaml";

    public required string Path { get; init; }
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>Parameters changed for every rule that reads them, with where each was set.</summary>
    public IReadOnlyDictionary<string, (Value Value, SourceSpan Span)> Params { get; init; } = new Dictionary<string, (Value, SourceSpan)>();

    /// <summary>How a configuration changes one rule.</summary>
    public sealed record RuleSetting(bool Off, Severity? Severity, CelMap? Params, SourceSpan Span);

    /// <summary>The nearest configuration above a project file, or null.</summary>
    public static string? FindFor(string projectPath)
    {
        var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(projectPath)) ?? ".");
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        return null;
    }

    public static (DesignerConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string path)
    {
        var bag = new DiagnosticBag();
        if (!Files.SafeFileReader.TryReadText(path, path, YamlLimits.Default.MaxFileSize, bag, out var text))
        {
            return (null, bag.ToOrderedList());
        }
        var node = YamlReader.Read(path, text!, bag);
        if (bag.HasErrors)
        {
            return (null, bag.ToOrderedList());
        }
        if (node is null)
        {
            return (new DesignerConfig { Path = path }, []);
        }
        if (node is not YamlMapping map)
        {
            bag.Error(DiagnosticCodes.Config, LocalText.Of("config.not-a-mapping"), node.Span);
            return (null, bag.ToOrderedList());
        }
        ReportDuplicateKeys(map, bag);
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        var packs = new List<string>();
        var globalParams = new Dictionary<string, (Value, SourceSpan)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "rules" when value is YamlMapping rm:
                    foreach (var (ruleKey, setting) in rm.Entries)
                    {
                        if (setting is YamlScalar s && s.Value is "off" or "false")
                        {
                            rules[ruleKey.Value] = new RuleSetting(true, null, null, ruleKey.Span);
                        }
                        else if (setting is YamlScalar sev && SeverityNames.TryParse(sev.Value, out var severity))
                        {
                            rules[ruleKey.Value] = new RuleSetting(false, severity, null, ruleKey.Span);
                        }
                        else if (setting is YamlMapping sm)
                        {
                            Severity? severity2 = null;
                            CelMap? parameters = null;
                            var off = false;
                            foreach (var (k, v) in sm.Entries)
                            {
                                if (k.Value == "severity" && v is YamlScalar vs && SeverityNames.TryParse(vs.Value, out var parsed))
                                {
                                    severity2 = parsed;
                                }
                                else if (k.Value == "severity" && v is YamlScalar { Value: "off" })
                                {
                                    off = true;
                                }
                                else if (k.Value == "params" && v is YamlMapping pm)
                                {
                                    parameters = YamlValues.ToValue(pm).AsMap;
                                }
                                else
                                {
                                    bag.Error(DiagnosticCodes.Config, LocalText.Of("config.rule-setting", ("key", k.Value), ("rule", ruleKey.Value)), k.Span, LocalText.Of("config.rule-setting.hint"));
                                }
                            }
                            rules[ruleKey.Value] = new RuleSetting(off, severity2, parameters, ruleKey.Span);
                        }
                        else
                        {
                            bag.Error(DiagnosticCodes.Config, LocalText.Of("config.invalid-rule-setting", ("rule", ruleKey.Value)), setting.Span, LocalText.Of("config.invalid-rule-setting.hint"));
                        }
                    }
                    break;
                case "params" when value is YamlMapping gm:
                    foreach (var (pk, pv) in gm.Entries)
                    {
                        globalParams[pk.Value] = (YamlValues.ToValue(pv), pk.Span);
                    }
                    break;
                case "packs" when value is YamlSequence ps:
                    foreach (var item in ps.Items)
                    {
                        if (item is YamlScalar p)
                        {
                            packs.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, p.Value)));
                        }
                        else
                        {
                            bag.Error(DiagnosticCodes.Config, LocalText.Of("config.pack-path"), item.Span);
                        }
                    }
                    break;
                default:
                    var suggestion = Suggestions.Closest(key.Value, ["rules", "packs", "params"]);
                    bag.Error(DiagnosticCodes.Config,
                        suggestion is null || suggestion == key.Value ? LocalText.Of("config.unknown-key", ("key", key.Value)) : LocalText.Of("config.unknown-key-suggest", ("key", key.Value), ("suggestion", suggestion)),
                        key.Span, LocalText.Of("config.unknown-key.hint"));
                    break;
            }
        }
        if (bag.HasErrors)
        {
            return (null, bag.ToOrderedList());
        }
        return (new DesignerConfig { Path = path, Rules = rules, Packs = packs, Params = globalParams }, []);
    }

    /// <summary>A key written twice in any mapping of the file: YAML keeps one silently, so the other setting would be lost.</summary>
    private static void ReportDuplicateKeys(YamlNode node, DiagnosticBag bag)
    {
        switch (node)
        {
            case YamlMapping map:
                var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Entries)
                {
                    if (!seen.TryAdd(key.Value, key.Span))
                    {
                        bag.Error(DiagnosticCodes.Config, LocalText.Of("config.duplicate-key", ("key", key.Value), ("line", seen[key.Value].Line)), key.Span, LocalText.Of("config.duplicate-key.hint"));
                    }
                    ReportDuplicateKeys(value, bag);
                }
                break;
            case YamlSequence seq:
                foreach (var item in seq.Items)
                {
                    ReportDuplicateKeys(item, bag);
                }
                break;
        }
    }

    /// <summary>The rules as this configuration wants them: some off, some with another severity or parameters.</summary>
    public IEnumerable<Rule> Apply(IEnumerable<Rule> rules)
    {
        foreach (var original in rules)
        {
            var rule = original;
            if (Params.Count > 0)
            {
                var shared = rule.Params;
                foreach (var (name, (value, _)) in Params)
                {
                    if (shared.TryGet(name, out _))
                    {
                        shared = shared.With(name, value);
                    }
                }
                rule = rule.With(rule.Severity, shared);
            }
            if (!Rules.TryGetValue(rule.Id, out var setting))
            {
                yield return rule;
                continue;
            }
            if (setting.Off)
            {
                continue;
            }
            var parameters = rule.Params;
            if (setting.Params is not null)
            {
                foreach (var entry in setting.Params.Entries)
                {
                    parameters = parameters.With(entry.Key.AsString, entry.Value);
                }
            }
            yield return rule.With(setting.Severity ?? rule.Severity, parameters);
        }
    }
}
