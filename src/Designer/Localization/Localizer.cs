namespace Designer.Localization;

/// <summary>Designer's texts in a language: <c>Localizer.Text(Language.Spanish, "yaml.tab")</c>.</summary>
public static class Localizer
{
    /// <summary>The text of a catalog key in a language, its <c>{name}</c> holes filled.</summary>
    public static string Text(Language language, string key, params (string Name, object? Value)[] args) =>
        MessageCatalog.For(language).Format(key, args);

    /// <summary>Whether the English catalog has a key (every key is in English first).</summary>
    public static bool HasKey(string key) => MessageCatalog.For(Language.English).Texts.ContainsKey(key);
}
