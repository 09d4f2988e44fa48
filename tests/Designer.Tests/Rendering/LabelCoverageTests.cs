using System.Text.RegularExpressions;
using Designer.Localization;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// The documents' label dictionaries: every key in all three languages with the same holes and the same plural
/// shape, and every key a built-in template names present in them.
/// </summary>
public sealed partial class LabelCoverageTests
{
    [GeneratedRegex(@"\blabel(?:_n)?\s+'([^']+)'")]
    private static partial Regex LabelCall();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Hole();

    [Fact]
    public void Every_label_key_is_in_every_language()
    {
        var all = Languages.All.SelectMany(Labels.BuiltInKeys).ToHashSet(StringComparer.Ordinal);
        var missing = Languages.All
            .SelectMany(l => all.Except(Labels.BuiltInKeys(l)).Select(k => $"{Labels.FileName(l)}: {k}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "label keys missing:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_label_a_template_uses_is_in_the_dictionaries()
    {
        var used = TemplateSource.BuiltInNames
            .Where(n => n.EndsWith(".sbn", StringComparison.Ordinal))
            .SelectMany(n => LabelCall().Matches(TemplateSource.BuiltInText(n)).Select(m => (Template: n, Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        var missing = Languages.All
            .SelectMany(l => used.Where(u => !Labels.BuiltInKeys(l).Contains(u.Key)).Select(u => $"{u.Template} uses `{u.Key}`, missing from {Labels.FileName(l)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [InlineData(Language.Spanish)]
    [InlineData(Language.Portuguese)]
    public void A_translated_label_keeps_the_holes_and_the_plural_forms_of_the_English(Language language)
    {
        var english = Labels.For(Language.English);
        var other = Labels.For(language);
        var wrong = Labels.BuiltInKeys(language)
            .Where(k => Labels.BuiltInKeys(Language.English).Contains(k))
            .Where(k => Labels.IsPlural(Language.English, k) != Labels.IsPlural(language, k)
                || !Holes(english.Text(k)).SetEquals(Holes(other.Text(k)))
                || (Labels.IsPlural(language, k) && !Holes(english.Plural(k, 2)).SetEquals(Holes(other.Plural(k, 2)))))
            .ToList();
        Assert.True(wrong.Count == 0, $"{language.Code()}: holes or plural forms differ from English in {string.Join(", ", wrong)}");
    }

    [Fact]
    public void A_plural_label_takes_one_for_one_and_other_for_the_rest_with_the_count_in_the_language()
    {
        var labels = Labels.For(Language.Spanish);
        var key = Labels.BuiltInKeys(Language.Spanish).First(k => Labels.IsPlural(Language.Spanish, k));
        Assert.StartsWith("1 ", labels.Plural(key, 1), StringComparison.Ordinal);
        Assert.StartsWith("1.200 ", labels.Plural(key, 1200), StringComparison.Ordinal);
        Assert.NotEqual(labels.Plural(key, 1)[2..], labels.Plural(key, 1200)[6..]);
    }

    [Fact]
    public void A_template_folder_without_labels_falls_back_to_the_built_in_ones_and_its_own_labels_override_key_by_key()
    {
        using var folder = new TempFolder("labels");
        var plain = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName, Language = Language.Spanish });
        Assert.True(plain.Ok, string.Join("\n", plain.Diagnostics));
        Assert.Contains("Marco lógico — ", plain.Files.Single(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).Value, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder.FullName, "labels.es.yaml"), "logframe.title: \"Matriz de marco lógico — {title}\"\n");
        var own = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName, Language = Language.Spanish });
        var md = own.Files.Single(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).Value;
        Assert.StartsWith("# Matriz de marco lógico — ", md, StringComparison.Ordinal);
        Assert.Contains("| Lógica de la intervención |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_dictionary_that_cannot_be_read_is_a_template_error()
    {
        using var folder = new TempFolder("labels");
        File.WriteAllText(Path.Combine(folder.FullName, "labels.pt.yaml"), "logframe.title: [a, b]\n");
        var result = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName, Language = Language.Portuguese });
        Assert.False(result.Ok);
        Assert.Contains("labels.pt.yaml", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_written_twice_is_a_template_error_with_its_position()
    {
        using var folder = new TempFolder("labels");
        File.WriteAllText(Path.Combine(folder.FullName, "labels.en.yaml"), "logframe.title: one\nlogframe.title: two\n");
        var result = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName, Language = Language.English });
        Assert.False(result.Ok);
        Assert.True(result.Diagnostics[0].Message.Contains("cannot be read: 2:1: label `logframe.title` is written twice", StringComparison.Ordinal), result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_label_dictionary_that_is_not_yaml_is_a_template_error_with_its_position()
    {
        using var folder = new TempFolder("labels");
        File.WriteAllText(Path.Combine(folder.FullName, "labels.es.yaml"), "logframe.title: ok\nlogframe.intro: \"never closed\n");
        var result = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName, Language = Language.Spanish });
        Assert.False(result.Ok);
        Assert.True(result.Diagnostics[0].Message.Contains("labels.es.yaml` cannot be read: 3:1: YAML syntax error", StringComparison.Ordinal), result.Diagnostics[0].Message);
    }

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Groups[1].Value)];
}
