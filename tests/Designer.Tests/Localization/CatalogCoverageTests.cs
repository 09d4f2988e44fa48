using System.Text.RegularExpressions;
using Designer.Localization;
using Xunit;

namespace Designer.Tests.Localization;

/// <summary>Every message key has its text in every language, and every key the code names exists.</summary>
public sealed partial class CatalogCoverageTests
{
    [Theory]
    [InlineData(Language.Spanish)]
    [InlineData(Language.Portuguese)]
    public void Every_catalog_key_has_a_translation(Language language)
    {
        var catalog = MessageCatalog.For(language);
        Assert.True(catalog.MissingKeys.Count == 0, $"{language.Code()} lacks: {string.Join(", ", catalog.MissingKeys)}");
        Assert.True(catalog.ExtraKeys.Count == 0, $"{language.Code()} has keys English lacks: {string.Join(", ", catalog.ExtraKeys)}");
    }

    [Theory]
    [InlineData(Language.Spanish)]
    [InlineData(Language.Portuguese)]
    public void A_translation_keeps_the_holes_of_the_English_text(Language language)
    {
        var english = MessageCatalog.For(Language.English).Texts;
        var wrong = MessageCatalog.For(language).Texts
            .Where(t => english.ContainsKey(t.Key) && !Holes(t.Value).SetEquals(Holes(english[t.Key])))
            .Select(t => t.Key)
            .ToList();
        Assert.True(wrong.Count == 0, $"{language.Code()}: holes differ from English in {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Every_key_the_code_names_is_in_the_English_catalog()
    {
        var source = Path.Combine(TestPaths.RepoRoot, "src");
        var keys = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !Localizer.HasKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not in messages.en.yaml: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_key_English_lacks_is_a_bug_not_a_blank() =>
        Assert.Throws<InvalidOperationException>(() => Localizer.Text(Language.Spanish, "no.such.key"));

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Value)];

    // LocalText.Of("key", ...) and the loaders' shorthand L("key", ...); a key built at run time ("translation.what." + kind)
    // is not matched here, and its family is checked by the tests of the code that builds it.
    [GeneratedRegex(@"(?:LocalText\.Of|\bL)\(""([a-z0-9.\-]+)""\s*[,)]")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Hole();
}
