namespace Designer.Localization;

/// <summary>
/// A whole number given to a <see cref="LocalText"/>, grouped as the language asked for groups thousands
/// (<c>1,048,576</c>, <c>1.048.576</c>).
/// </summary>
internal sealed record LocalNumber(long Value) : ILocalizable
{
    public string In(Language language) => NumberFormats.Format(Value, language);
}
