using Designer.Localization;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

public sealed class RulePackTranslationTests
{
    internal const string Pack = """
        pack: tiny
        title: A tiny pack
        evaluability:
          version: 1
          dimensions:
            diagnosis: { title: Diagnosis, max: 10 }
            objectives: { title: Objectives, max: 10 }
            logic: { title: Logic, max: 15 }
            risks: { title: Risks, max: 10 }
            output-indicators: { title: Output indicators, max: 10 }
            outcome-indicators: { title: Outcome indicators, max: 15 }
            output-baselines: { title: Output baselines, max: 10 }
            outcome-baselines: { title: Outcome baselines, max: 10 }
            monitoring: { title: Monitoring, max: 10 }
        rules:
          - id: T001
            title: At most one sector
            area: sectors
            severity: warning
            lesson: Focus on one sector.
            cite: V. Next steps
            evaluability: { dimension: objectives, points: 2 }
            at: sectors
            assert: size(sectors) <= 1
            message: "The project names {{ size(sectors) }} sectors{{ size(sectors) > 2 ? ', far too many' : '' }}."
            help: Keep one.
          - id: T002
            title: A title is given
            area: project
            severity: info
            lesson: Say what the project is.
            cite: Annex I
            assert: has(project.title)
            message: The project has no title.
        """;

    internal const string Spanish = """
        translation: tiny
        language: es
        title: Un paquete pequeño
        dimensions:
          objectives: Objetivos
        areas:
          sectors: Sectores
        rules:
          T001:
            title: Como máximo un sector
            message: "El proyecto nombra {{ size(sectors) }} sectores{{ size(sectors) > 2 ? ', demasiados' : '' }}."
        """;

    private static RulePack LoadPack() => RulePackLoader.Load("tiny.yaml", Pack).Pack!;

    [Fact]
    public void A_translation_replaces_the_texts_it_gives_and_keeps_the_rest()
    {
        var (translation, diagnostics) = RulePackTranslationLoader.Load("tiny.es.yaml", Spanish, LoadPack());
        Assert.Empty(diagnostics);
        var t001 = translation!.Apply(LoadPack().Rules[0]);
        Assert.Equal("Como máximo un sector", t001.Title);
        Assert.Equal("Focus on one sector.", t001.Lesson);
        Assert.Equal("Keep one.", t001.Help);
        Assert.Equal("V. Next steps", t001.Cite);
        Assert.StartsWith("El proyecto nombra", t001.Message.Text, StringComparison.Ordinal);
        var t002 = translation.Apply(LoadPack().Rules[1]);
        Assert.Equal("A title is given", t002.Title);
        Assert.Equal("Sectores", translation.Areas["sectors"]);
        var model = translation.Apply(LoadPack().Evaluability)!;
        Assert.Equal(["Diagnosis", "Objetivos"], model.Dimensions.Take(2).Select(d => d.Title));
        Assert.Equal(LoadPack().Evaluability!.Dimensions.Select(d => d.Max), model.Dimensions.Select(d => d.Max));
    }

    [Theory]
    [InlineData("translation: tiny\nlanguage: es\nrules:\n  T009:\n    title: x\n", "tiny.es.yaml:4:3: error DSG301: rule `T009` is not in pack `tiny`; did you mean `T001`?")]
    [InlineData("translation: tiny\nlanguage: es\ndimensions:\n  diagnosys: x\n", "tiny.es.yaml:4:3: error DSG301: `diagnosys` is not an evaluability dimension of pack `tiny`; did you mean `diagnosis`?")]
    [InlineData("translation: tiny\nlanguage: es\nareas:\n  territory: x\n", "tiny.es.yaml:4:3: error DSG301: `territory` is not an area of pack `tiny`")]
    [InlineData("translation: tiny\nlanguage: es\nrules:\n  T002:\n    message: \"Sin título {{ size( }}\"\n", "tiny.es.yaml:5:35: error DSG301: rule T002: message: unexpected end of expression")]
    [InlineData("translation: tiny\nlanguage: es\nrules:\n  T001:\n    message: \"El proyecto nombra {{ size(sectors) + 1 }} sectores.\"\n", "tiny.es.yaml:5:14: error DSG301: rule T001: message: its `{{ }}` expressions differ from the pack's")]
    [InlineData("translation: tiny\nlanguage: xx\n", "tiny.es.yaml:2:11: error DSG301: `language` should be es or pt, found `xx`")]
    [InlineData("translation: other\nlanguage: es\n", "tiny.es.yaml:1:14: error DSG301: the translation is of pack `other`, but it lies beside pack `tiny`")]
    [InlineData("translation: tiny\nlanguage: es\nrules:\n  T001:\n    titel: x\n", "tiny.es.yaml:5:5: error DSG301: unknown key `titel` in rule T001; did you mean `title`?")]
    public void A_mistake_in_a_translation_is_a_load_error_at_its_position(string text, string expected)
    {
        var (translation, diagnostics) = RulePackTranslationLoader.Load("tiny.es.yaml", text, LoadPack());
        Assert.Null(translation);
        Assert.Contains(diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_beside_a_pack_file_is_read_with_it()
    {
        using var dir = new TempFolder("designer-translation");
        var pack = Path.Combine(dir.FullName, "tiny.yaml");
        File.WriteAllText(pack, Pack);
        File.WriteAllText(Path.Combine(dir.FullName, "tiny.es.yaml"), Spanish);
        var (loaded, diagnostics) = RulePackLoader.LoadFile(pack);
        Assert.Empty(diagnostics);
        Assert.Equal([Language.Spanish], loaded!.Translations.Keys);
        Assert.Equal("Un paquete pequeño", loaded.In(Language.Spanish).Title);
        Assert.Equal("A tiny pack", loaded.In(Language.Portuguese).Title);
        var (asPack, asPackDiagnostics) = RulePackLoader.LoadFile(Path.Combine(dir.FullName, "tiny.es.yaml"));
        Assert.Null(asPack);
        Assert.Contains("is a translation of a rule pack", asPackDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_translation_beside_a_pack_fails_the_pack()
    {
        using var dir = new TempFolder("designer-translation");
        var pack = Path.Combine(dir.FullName, "tiny.yaml");
        File.WriteAllText(pack, Pack);
        File.WriteAllText(Path.Combine(dir.FullName, "tiny.pt.yaml"), "translation: tiny\nlanguage: pt\nrules:\n  NOPE1:\n    title: x\n");
        var (loaded, diagnostics) = RulePackLoader.LoadFile(pack);
        Assert.Null(loaded);
        Assert.Contains(diagnostics, d => d.Span.Line == 4 && d.Span.File.EndsWith("tiny.pt.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_translations_load_without_a_problem()
    {
        Assert.Empty(RulePackLoader.BuiltInTranslationDiagnostics);
        Assert.Contains(Language.Spanish, RulePackLoader.BuiltIn.Translations.Keys);
        var sec001 = RulePackLoader.BuiltIn.In(Language.Spanish).Rules.Single(r => r.Id == "SEC001");
        Assert.Equal("Uno o dos sectores estratégicos", sec001.Title);
        Assert.Equal(RulePackLoader.BuiltIn.Rules.Single(r => r.Id == "SEC001").Cite, sec001.Cite);
    }

    /// <summary>
    /// What a translation leaves in English, rule text by rule text, as "LANG RULE field" lines; the coverage tests
    /// below read it for the test pack and for the built-in pack.
    /// </summary>
    internal static List<string> Gaps(RulePack pack)
    {
        var gaps = new List<string>();
        foreach (var language in Languages.All.Where(l => l != Language.English))
        {
            if (!pack.Translations.TryGetValue(language, out var t))
            {
                gaps.Add($"{language.Code()}: no translation file");
                continue;
            }
            foreach (var rule in pack.Rules)
            {
                var texts = t.Rules.GetValueOrDefault(rule.Id);
                gaps.AddRange(new (string Field, object? Text)[] { ("title", texts?.Title), ("lesson", texts?.Lesson), ("message", texts?.Message), ("help", rule.Help is null ? "" : texts?.Help) }
                    .Where(f => f.Text is null)
                    .Select(f => $"{language.Code()} {rule.Id} {f.Field}"));
            }
            gaps.AddRange((pack.Evaluability?.Dimensions ?? []).Where(d => !t.Dimensions.ContainsKey(d.Id)).Select(d => $"{language.Code()} dimension {d.Id}"));
            gaps.AddRange(pack.Rules.Select(r => r.Area).Distinct().Where(a => !t.Areas.ContainsKey(a)).Select(a => $"{language.Code()} area {a}"));
            gaps.AddRange(pack.Params.Where(p => p.Note is not null && !t.Params.ContainsKey(p.Name)).Select(p => $"{language.Code()} param {p.Name}"));
        }
        return gaps;
    }

    [Fact]
    public void The_gap_list_names_every_text_a_translation_leaves_in_English()
    {
        using var dir = new TempFolder("designer-translation");
        var pack = Path.Combine(dir.FullName, "tiny.yaml");
        File.WriteAllText(pack, Pack);
        File.WriteAllText(Path.Combine(dir.FullName, "tiny.es.yaml"), Spanish);
        var gaps = Gaps(RulePackLoader.LoadFile(pack).Pack!);
        Assert.Contains("es T001 lesson", gaps);
        Assert.Contains("es T002 title", gaps);
        Assert.Contains("es dimension diagnosis", gaps);
        Assert.Contains("es area project", gaps);
        Assert.Contains("pt: no translation file", gaps);
        Assert.DoesNotContain("es T001 title", gaps);
        Assert.DoesNotContain("es T001 message", gaps);
        Assert.DoesNotContain("es T002 help", gaps);
    }

    /// <summary>
    /// Red until the built-in pack's full Spanish and Portuguese translations (rules/mif-territorial.es.yaml and
    /// .pt.yaml) are merged; then green, and red again whenever a rule text is added without its translations.
    /// </summary>
    [Fact]
    public void Built_in_pack_has_every_rule_text_in_es_and_pt()
    {
        var gaps = Gaps(RulePackLoader.BuiltIn);
        Assert.True(gaps.Count == 0, $"{gaps.Count} texts lack a translation:\n" + string.Join("\n", gaps));
    }
}
