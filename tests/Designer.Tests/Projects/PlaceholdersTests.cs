using Designer.Projects;
using Xunit;

namespace Designer.Tests.Projects;

public sealed class PlaceholdersTests
{
    [Theory]
    [InlineData("TODO")]
    [InlineData("TODO-T0001")]
    [InlineData("TODO: the strategic sector")]
    [InlineData("Firms cooperate (tbd)")]
    [InlineData("TBD")]
    [InlineData("Tbd")]
    [InlineData("Socio local POR DEFINIR")]
    [InlineData("A DEFINIR")]
    [InlineData("Meta: A DEFINIR com o Sebrae")]
    public void A_placeholder_as_written_or_typed_is_found(string text) => Assert.True(Placeholders.IsIn(text));

    [Theory]
    [InlineData("Turismo en todo el territorio de Masaya")]
    [InlineData("Confecções de todo o estado de Sergipe")]
    [InlineData("Todo el conglomerado participa")]
    [InlineData("a todos los municipios")]
    [InlineData("critérios a definir com o comitê")]
    [InlineData("metas por definir con el consejo")]
    [InlineData("TODOS LOS MUNICIPIOS")]
    [InlineData("mastodon")]
    [InlineData("a todo list")]
    public void A_word_of_Spanish_Portuguese_or_English_is_not_a_placeholder(string text) => Assert.False(Placeholders.IsIn(text));

    [Fact]
    public void A_Spanish_project_that_says_todo_has_no_placeholder_and_one_with_POR_DEFINIR_has_one()
    {
        const string head = "designer: 1\nproject:\n  id: NI-T1001\n  title: Turismo en todo el territorio\n";
        var clean = ProjectLoader.Load("p.yaml", head + "territory:\n  name: Masaya\n").Project!;
        var unfinished = ProjectLoader.Load("p.yaml", head + "territory:\n  name: POR DEFINIR\n").Project!;
        Assert.Empty(Placeholders.In(clean));
        Assert.Equal(["POR DEFINIR"], Placeholders.In(unfinished));
    }

    [Fact]
    public void The_rules_DES006_and_DES007_match_with_the_same_pattern()
    {
        var asWrittenInYaml = Placeholders.PatternText.Replace(@"\", @"\\", StringComparison.Ordinal);
        foreach (var file in new[] { "mif-territorial.yaml", "mif-territorial.es.yaml", "mif-territorial.pt.yaml" })
        {
            var text = File.ReadAllText(TestPaths.InRepo("rules", file));
            var occurrences = (text.Length - text.Replace(asWrittenInYaml, "", StringComparison.Ordinal).Length) / asWrittenInYaml.Length;
            Assert.True(occurrences == (file == "mif-territorial.yaml" ? 4 : 2), $"{file} writes the placeholder pattern {occurrences} times");
        }
    }
}
