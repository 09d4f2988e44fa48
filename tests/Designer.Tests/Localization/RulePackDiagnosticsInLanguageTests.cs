using Designer.Localization;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Localization;

/// <summary>A rule pack's and a translation's load errors (DSG301) read in the language asked for, at the same place.</summary>
public sealed class RulePackDiagnosticsInLanguageTests
{
    private const string Pack =
        "pack: agency\ntitle: Agency rules\nrules:\n  - id: AGY001\n    title: T\n    area: budget\n    severity: serious\n    lesson: L\n    cite: C\n    message: M\n    assert: size(sectorz) > 0\n";

    [Fact]
    public void A_bad_severity_reads_in_each_language()
    {
        var bad = Diagnostics(Pack).Single(d => d.Message.Contains("severity", StringComparison.Ordinal));
        Assert.Equal(("`serious` is not a severity", "Use error, warning or info."), (bad.Message, bad.Hint));
        Assert.Equal(("`serious` no es una severidad", "Use error, warning o info."), (bad.In(Language.Spanish).Message, bad.In(Language.Spanish).Hint));
        Assert.Equal(("`serious` não é uma severidade", "Use error, warning ou info."), (bad.In(Language.Portuguese).Message, bad.In(Language.Portuguese).Hint));
        Assert.Equal(bad.Span, bad.In(Language.Portuguese).Span);
    }

    [Fact]
    public void An_unknown_section_names_the_rule_in_each_language()
    {
        var unknown = Diagnostics(Pack).Single(d => d.Message.Contains("sectorz", StringComparison.Ordinal));
        Assert.Equal("rule AGY001: `assert` names `sectorz`, which is not a section of the project; did you mean `sectors`?", unknown.Message);
        Assert.Equal("regla AGY001: `assert` nombra `sectorz`, que no es una sección del proyecto; ¿quiso decir `sectors`?", unknown.In(Language.Spanish).Message);
        Assert.Equal("regra AGY001: `assert` nomeia `sectorz`, que não é uma seção do projeto; quis dizer `sectors`?", unknown.In(Language.Portuguese).Message);
    }

    [Fact]
    public void A_mistake_in_a_translation_reads_in_each_language()
    {
        var pack = RulePackLoader.Load("agency.yaml", Pack.Replace("serious", "warning", StringComparison.Ordinal).Replace("sectorz", "sectors", StringComparison.Ordinal)).Pack!;
        var (_, diagnostics) = RulePackTranslationLoader.Load("agency.es.yaml", "translation: agency\nlanguage: es\nareas:\n  budgets: Presupuesto\n", pack);
        var area = diagnostics.Single();
        Assert.Equal("`budgets` is not an area of pack `agency`; did you mean `budget`?", area.Message);
        Assert.Equal("`budgets` no es un área del paquete `agency`; ¿quiso decir `budget`?", area.In(Language.Spanish).Message);
        Assert.Equal("`budgets` não é uma área do pacote `agency`; quis dizer `budget`?", area.In(Language.Portuguese).Message);
        Assert.Equal("Admitidos: budget.", area.In(Language.Spanish).Hint);
    }

    [Theory]
    [InlineData("dimension")]
    [InlineData("area")]
    [InlineData("param")]
    public void Every_kind_of_translated_entry_is_named_in_the_catalog(string kind)
    {
        Assert.True(Localizer.HasKey("translation.what." + kind));
        Assert.True(Localizer.HasKey("translation.each." + kind));
    }

    private static IReadOnlyList<Designer.Diagnostics.Diagnostic> Diagnostics(string yaml) => RulePackLoader.Load("agency.yaml", yaml).Diagnostics;
}
