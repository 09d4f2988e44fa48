namespace Designer.Rules;

/// <summary>
/// How a pack scores evaluability: the nine dimensions of the evaluation office's evaluability review, each with its
/// most points (together 100), and a version that changes whenever a weight changes. Rules say which dimension they
/// bear on and what a finding costs (<see cref="Rule.Weight"/>).
/// </summary>
public sealed class EvaluabilityModel
{
    /// <summary>The dimension ids, in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> DimensionIds =
    [
        "diagnosis", "objectives", "logic", "risks", "output-indicators", "outcome-indicators",
        "output-baselines", "outcome-baselines", "monitoring",
    ];

    /// <summary>The total the dimensions' maxima add up to.</summary>
    public const int Total = 100;

    public required int Version { get; init; }

    public required IReadOnlyList<EvaluabilityDimension> Dimensions { get; init; }
}
