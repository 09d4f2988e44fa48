namespace Designer.Localization;

/// <summary>The codes a project file and the command line name languages by (<c>en</c>, <c>es</c>, <c>pt</c>).</summary>
public static class Languages
{
    /// <summary>Every language, English first.</summary>
    public static readonly IReadOnlyList<Language> All = [Language.English, Language.Spanish, Language.Portuguese];

    /// <summary>The codes, in the order of <see cref="All"/>.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "es", "pt"];

    /// <summary>The two-letter code of a language. <c>Code(Language.Spanish)</c> → <c>es</c>.</summary>
    public static string Code(this Language language) => Codes[(int)language];

    /// <summary>Reads a code exactly as written (<c>en</c>, <c>es</c> or <c>pt</c>, lower case).</summary>
    public static bool TryParse(string? code, out Language language)
    {
        var index = code is null ? -1 : Codes.ToList().IndexOf(code);
        language = index < 0 ? Language.English : (Language)index;
        return index >= 0;
    }
}
