using Designer.Localization;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

public sealed class LazyTranslationsTests
{
    private static RulePackTranslation Translation(Language language) => new()
    {
        Pack = "p",
        Language = language,
        File = "p." + language.Code() + ".yaml",
    };

    [Fact]
    public void Asking_for_one_language_loads_that_translation_alone()
    {
        var loaded = new List<Language>();
        var translations = new LazyTranslations(
        [
            (Language.Spanish, () => { loaded.Add(Language.Spanish); return Translation(Language.Spanish); }),
            (Language.Portuguese, () => { loaded.Add(Language.Portuguese); return Translation(Language.Portuguese); }),
        ]);

        Assert.False(translations.TryGetValue(Language.English, out _));
        Assert.Empty(loaded);
        Assert.True(translations.TryGetValue(Language.Portuguese, out var pt));
        Assert.Equal(Language.Portuguese, pt.Language);
        Assert.True(translations.TryGetValue(Language.Portuguese, out _));
        Assert.Equal([Language.Portuguese], loaded);
    }

    [Fact]
    public void A_translation_that_does_not_load_is_not_there_and_the_keys_load_every_one()
    {
        var calls = 0;
        var translations = new LazyTranslations(
        [
            (Language.Spanish, () => { calls++; return null; }),
            (Language.Portuguese, () => { calls++; return Translation(Language.Portuguese); }),
        ]);

        Assert.Equal([Language.Portuguese], translations.Keys);
        Assert.Equal(2, calls);
        Assert.False(translations.ContainsKey(Language.Spanish));
        Assert.Single(translations);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void The_built_in_pack_gives_its_texts_in_each_language_when_asked()
    {
        var pack = RulePackLoader.BuiltIn;
        Assert.Empty(RulePackLoader.BuiltInTranslationDiagnostics);
        Assert.Equal([Language.Spanish, Language.Portuguese], pack.Translations.Keys.Order());
        Assert.NotEqual(pack.In(Language.English).Title, pack.In(Language.Spanish).Title);
        Assert.NotEqual(pack.In(Language.Spanish).Title, pack.In(Language.Portuguese).Title);
    }
}
