namespace Designer.Rules;

/// <summary>A loaded rule pack: its name, title, source document and rules.</summary>
public sealed class RulePack
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string? Source { get; init; }
    public required string File { get; init; }
    public required IReadOnlyList<Rule> Rules { get; init; }

    /// <summary>The pack's parameters: thresholds every rule may read as <c>params.NAME</c>, each with where it comes from.</summary>
    public IReadOnlyList<PackParameter> Params { get; init; } = [];

    /// <summary>How the pack scores evaluability, if it does.</summary>
    public EvaluabilityModel? Evaluability { get; init; }

    /// <summary>Where the pack's rule pages are: an absolute URL gives each rule a link (<see cref="Rule.Docs"/>).</summary>
    public string? DocsBase { get; init; }

    /// <summary>The pack's translations found beside it (<c>PACK.es.yaml</c>, <c>PACK.pt.yaml</c>), by language.</summary>
    public IReadOnlyDictionary<Localization.Language, RulePackTranslation> Translations { get; init; } =
        new Dictionary<Localization.Language, RulePackTranslation>();

    /// <summary>The same pack with <paramref name="translations"/> attached.</summary>
    internal RulePack WithTranslations(IReadOnlyDictionary<Localization.Language, RulePackTranslation> translations) => new()
    {
        Name = Name,
        Title = Title,
        Source = Source,
        File = File,
        Rules = Rules,
        Params = Params,
        Evaluability = Evaluability,
        DocsBase = DocsBase,
        Translations = translations,
    };

    /// <summary>The pack in a language: its own texts where the translation (if any) gives none.</summary>
    public RulePack In(Localization.Language language) =>
        Translations.TryGetValue(language, out var translation) ? translation.Apply(this) : this;
}
