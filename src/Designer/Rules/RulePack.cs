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

    /// <summary>Base address of the rule reference pages, for SARIF help links.</summary>
    public string? DocsBase { get; init; }
}
