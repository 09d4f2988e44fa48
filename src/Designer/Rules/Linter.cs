using System.Collections.Concurrent;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects;

namespace Designer.Rules;

/// <summary>
/// The facade of checking: loads each project, finds its <c>designer.yaml</c>, and runs the effective rules.
/// Packs and configurations are loaded once and shared; files can be checked in parallel.
/// </summary>
public sealed class Linter(IReadOnlyList<RulePack> packs)
{
    private readonly ConcurrentDictionary<string, (DesignerConfig? Config, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Rule> Rules)> _configs = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, string?> _configByFolder = new(StringComparer.Ordinal);

    public IReadOnlyList<RulePack> Packs { get; } = packs;

    /// <summary>
    /// The language every report is written in, whatever each project asks for (<c>--lang</c>); when null, each
    /// file's own <c>project.language</c> (English when it names none, or cannot be read).
    /// </summary>
    public Language? Language { get; init; }

    // Every pack by name (the configurations' too), for the translation of the rules that came from it.
    private readonly ConcurrentDictionary<string, RulePack> _packsByName = new(packs.GroupBy(p => p.Name).Select(g => KeyValuePair.Create(g.Key, g.First())), StringComparer.Ordinal);

    // The rules of one language, by rule id and the identity of the rule they translate (a configuration makes copies).
    private readonly ConcurrentDictionary<(Rule Rule, Language Language), Rule> _translated = new();

    public IReadOnlyList<Rule> Rules { get; } = packs.SelectMany(p => p.Rules).ToList();

    /// <summary>How evaluability is scored: the model of the first pack that declares one, or none.</summary>
    public EvaluabilityModel? Evaluability { get; } = packs.Select(p => p.Evaluability).FirstOrDefault(m => m is not null);

    /// <summary>Checks one file; <paramref name="displayName"/> is how reports name it (default: the path).</summary>
    public FileReport CheckFile(string path, string? displayName = null)
    {
        var loaded = ProjectLoader.LoadFile(path, displayName: displayName);
        return Check(path, displayName ?? path, loaded);
    }

    public FileReport CheckText(string path, string text) => Check(path, path, ProjectLoader.Load(path, text));

    private FileReport Check(string path, string display, LoadResult loaded)
    {
        // Only a file that cannot be loaded at all skips the rules: an unknown key, a wrong value or a bad
        // reference is reported together with the rule findings, so one run shows everything to fix.
        var language = Language ?? loaded.Project?.Language ?? Localization.Language.English;
        var loadDiagnostics = language == Localization.Language.English ? loaded.Diagnostics : [.. loaded.Diagnostics.Select(d => d.In(language))];
        if (loaded.Project is null)
        {
            return new FileReport(display, null, loadDiagnostics, []);
        }
        var (_, configDiagnostics, englishRules) = RulesFor(path);
        if (configDiagnostics.Count > 0)
        {
            return new FileReport(display, loaded.Project, [.. loadDiagnostics, .. configDiagnostics], []);
        }
        var rules = In(englishRules, language);
        var findings = Checker.Check(loaded.Project, rules);
        if (loaded.HasErrors)
        {
            // A rule that could not be evaluated reads a part the structural errors already point at.
            findings = findings.Where(f => !f.CouldNotCheck).ToList();
        }
        var score = Evaluability is null ? null : EvaluabilityScorer.Score(EvaluabilityIn(language)!, findings, rules);
        return new FileReport(display, loaded.Project, loadDiagnostics, findings, score);
    }

    /// <summary>The rules with their texts in a language, from their packs' translations; English rules as they are.</summary>
    public IReadOnlyList<Rule> In(IReadOnlyList<Rule> rules, Language language)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (language == Localization.Language.English)
        {
            return rules;
        }
        return [.. rules.Select(r => _translated.GetOrAdd((r, language), key =>
            _packsByName.TryGetValue(key.Rule.Pack, out var pack) && pack.Translations.TryGetValue(key.Language, out var translation)
                ? translation.Apply(key.Rule)
                : key.Rule))];
    }

    /// <summary>The evaluability model with its dimension titles in a language.</summary>
    public EvaluabilityModel? EvaluabilityIn(Language language)
    {
        var declaring = Packs.FirstOrDefault(p => p.Evaluability is not null);
        return declaring is not null && declaring.Translations.TryGetValue(language, out var translation)
            ? translation.Apply(declaring.Evaluability)
            : Evaluability;
    }

    /// <summary>The rules that apply to one project file, with its configuration.</summary>
    public (DesignerConfig? Config, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Rule> Rules) RulesFor(string projectPath)
    {
        // Projects of one folder share their configuration: look it up once per folder, not once per file.
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? ".";
        var configPath = _configByFolder.GetOrAdd(folder, _ => DesignerConfig.FindFor(projectPath));
        if (configPath is null)
        {
            return (null, [], Rules);
        }
        return _configs.GetOrAdd(configPath, p =>
        {
            var (config, diagnostics) = DesignerConfig.Load(p);
            if (config is null)
            {
                return (null, diagnostics, []);
            }
            var all = new List<Rule>(Rules);
            var extra = new List<Diagnostic>();
            foreach (var packPath in config.Packs)
            {
                var (pack, packDiagnostics) = RulePackLoader.LoadFile(packPath);
                extra.AddRange(packDiagnostics.Where(d => d.Severity == Severity.Error));
                if (pack is not null)
                {
                    _packsByName.TryAdd(pack.Name, pack);
                    all.AddRange(pack.Rules.Where(r => all.All(x => x.Id != r.Id)));
                }
            }
            foreach (var (id, setting) in config.Rules)
            {
                if (all.All(r => r.Id != id))
                {
                    var suggestion = Text.Suggestions.Closest(id, all.Select(r => r.Id));
                    extra.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Config, $"designer.yaml names rule `{id}`, which no pack has" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), setting.Span, "Run `designer rules list` for the rule ids."));
                }
            }
            foreach (var (name, (_, span)) in config.Params)
            {
                if (all.All(r => !r.Params.TryGet(name, out _)))
                {
                    var suggestion = Text.Suggestions.Closest(name, all.SelectMany(r => r.ParamNames).Distinct());
                    extra.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Config, $"designer.yaml sets parameter `{name}`, which no rule reads" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), span, "The parameters are listed in docs/rules/README.md."));
                }
            }
            return (config, extra, config.Apply(all).ToList());
        });
    }

    /// <summary>Checks many files on all cores; the result keeps the order of <paramref name="paths"/>.</summary>
    public IReadOnlyList<FileReport> CheckFiles(IReadOnlyList<string> paths, bool parallel = true, bool keepModels = true) =>
        CheckFiles(paths.Select(p => (p, p)).ToList(), parallel, keepModels);

    /// <summary>
    /// Checks (path, display name) pairs on all cores; the result keeps the order given. Without
    /// <paramref name="keepModels"/>, each report lets its project model go as soon as the file is checked.
    /// </summary>
    public IReadOnlyList<FileReport> CheckFiles(IReadOnlyList<(string Path, string Display)> files, bool parallel = true, bool keepModels = true)
    {
        var results = new FileReport[files.Count];
        if (parallel && files.Count > 1)
        {
            Parallel.For(0, files.Count, i => results[i] = Keep(CheckFile(files[i].Path, files[i].Display)));
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                results[i] = Keep(CheckFile(files[i].Path, files[i].Display));
            }
        }
        return results;

        FileReport Keep(FileReport report) => keepModels ? report : report.WithoutModel();
    }
}
