namespace Designer.Localization;

/// <summary>
/// A text that can be worded in each language: a <see cref="LocalText"/> from the message catalog, or a text kept
/// elsewhere as data (a field description of the project format), given to a <see cref="LocalText"/> as an argument.
/// </summary>
internal interface ILocalizable
{
    /// <summary>The text in <paramref name="language"/> (English where that language lacks it).</summary>
    string In(Language language);
}
