using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects;
using Designer.Projects.Schema;
using Xunit;

namespace Designer.Tests.Localization;

public sealed class FieldDescriptionsTests
{
    public static TheoryData<Language> Translated => [Language.Spanish, Language.Portuguese];

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_field_of_the_format_has_a_description_in_the_language(Language language)
    {
        var missing = FieldDescriptions.All.Where(f => string.IsNullOrWhiteSpace(FieldDescriptions.Find(f.Path, language))).Select(f => f.Path).ToList();
        Assert.True(missing.Count == 0, $"descriptions.{language.Code()}.yaml lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_described_path_names_a_field_of_the_format(Language language)
    {
        var paths = FieldDescriptions.All.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var extra = FieldDescriptions.Translated(language).Where(p => !paths.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, $"descriptions.{language.Code()}.yaml names no field at: {string.Join(", ", extra)}");
    }

    [Fact]
    public void The_walk_reaches_fields_inside_lists_choices_and_nested_objects()
    {
        var paths = FieldDescriptions.All.Select(f => f.Path).ToList();
        Assert.Contains("actors", paths);
        Assert.Contains("components[].activities[].title", paths);
        Assert.Contains("monitoring.evaluations.midterm.month", paths);
        Assert.Contains("monitoring.dissemination[].what", paths);
        Assert.DoesNotContain(paths, p => p.EndsWith(".links", StringComparison.Ordinal));
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_missing_top_level_key_is_described_in_the_language()
    {
        var missing = MissingKeyHint("designer: 1\n", "actors");
        Assert.Equal("Add actors (The organisations involved).", missing.Hint);
        Assert.Equal("Agregue actors (Las organizaciones que participan).", missing.In(Language.Spanish).Hint);
        Assert.Equal("Acrescente actors (As organizações envolvidas).", missing.In(Language.Portuguese).Hint);
    }

    [Fact]
    public void A_missing_key_with_an_example_is_described_in_the_language()
    {
        var missing = MissingKeyHint("designer: 1\nproject:\n  title: Cadena láctea\n", "executing_agency");
        Assert.Equal("Add executing_agency (The actor that executes the project), e.g. `executing_agency: sebrae-se`.", missing.Hint);
        Assert.Equal("Agregue executing_agency (El actor que es el organismo ejecutor del proyecto), p. ej. `executing_agency: sebrae-se`.", missing.In(Language.Spanish).Hint);
        Assert.Equal("Acrescente executing_agency (O ator que é o órgão executor do projeto), p. ex. `executing_agency: sebrae-se`.", missing.In(Language.Portuguese).Hint);
    }

    [Fact]
    public void A_type_met_at_several_places_is_described_once_for_each()
    {
        var missing = MissingKeyHint("designer: 1\nmonitoring:\n  evaluations:\n    final: { budget: 30000 }\n", "month");
        Assert.Equal("Agregue month (Mes del proyecto en que se realiza), p. ej. `month: 24`.", missing.In(Language.Spanish).Hint);
    }

    private static Diagnostic MissingKeyHint(string text, string key) =>
        ProjectLoader.Load("p.yaml", text).Diagnostics.Single(d => d.Code == DiagnosticCodes.MissingKey && d.Message.Contains($"`{key}`", StringComparison.Ordinal));
}
