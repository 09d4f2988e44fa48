using Designer.Localization;

namespace Designer.Rules;

/// <summary>
/// A rule pack's texts in one language, read from <c>PACK.LANG.yaml</c> beside the pack (see
/// <see cref="RulePackTranslationLoader"/>). Every field is optional: what it leaves out stays as the pack writes it,
/// never blank. Citations are never translated.
/// </summary>
public sealed class RulePackTranslation
{
    public required string Pack { get; init; }

    public required Language Language { get; init; }

    public required string File { get; init; }

    public string? Title { get; init; }

    /// <summary>Evaluability dimension titles by dimension id.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();

    /// <summary>Area display names by the area code rules use (<c>territory</c>, <c>sectors</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Areas { get; init; } = new Dictionary<string, string>();

    /// <summary>The note of each pack parameter, by parameter name.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>Rule texts by rule id.</summary>
    public IReadOnlyDictionary<string, RuleTexts> Rules { get; init; } = new Dictionary<string, RuleTexts>();

    /// <summary>The rule with its texts in this language, field by field; a rule the translation leaves out, as it is.</summary>
    public Rule Apply(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!Rules.TryGetValue(rule.Id, out var texts))
        {
            return rule;
        }
        return rule.WithTexts(texts.Title ?? rule.Title, texts.Lesson ?? rule.Lesson, texts.Message ?? rule.Message, texts.Help ?? rule.Help);
    }

    /// <summary>The evaluability model with its dimension titles in this language.</summary>
    public EvaluabilityModel? Apply(EvaluabilityModel? model) => model is null ? null : new EvaluabilityModel
    {
        Version = model.Version,
        Dimensions = [.. model.Dimensions.Select(d => d with { Title = Dimensions.GetValueOrDefault(d.Id) ?? d.Title })],
    };

    /// <summary>The pack with every text this translation gives in its language: title, rules, dimensions, parameter notes.</summary>
    public RulePack Apply(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new RulePack
        {
            Name = pack.Name,
            Title = Title ?? pack.Title,
            Source = pack.Source,
            File = pack.File,
            Rules = [.. pack.Rules.Select(Apply)],
            Params = [.. pack.Params.Select(p => p with { Note = Params.GetValueOrDefault(p.Name) ?? p.Note })],
            Evaluability = Apply(pack.Evaluability),
            DocsBase = pack.DocsBase,
            Translations = pack.Translations,
        };
    }
}
