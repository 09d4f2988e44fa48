namespace Designer.Rules;

/// <summary>
/// The budget of one project's check, so that a rule pack gone wrong cannot flood a report, exhaust memory or run
/// for hours: how many findings, how long each message and all of them together, and how long the whole
/// evaluation may take. Reaching one ends the check with a <c>LIM</c> finding that names the limit.
/// </summary>
public sealed record CheckLimits
{
    public static readonly CheckLimits Default = new();

    /// <summary>Most findings reported for one project.</summary>
    public int MaxFindings { get; init; } = Checker.DefaultMaxFindings;

    /// <summary>Longest message of one finding, in characters; a longer one is cut and says so.</summary>
    public int MaxMessageLength { get; init; } = 2_000;

    /// <summary>Most characters of all the messages of one project together.</summary>
    public long MaxTotalMessageLength { get; init; } = 2_000_000;

    /// <summary>Longest time the rules of one project may evaluate, all together.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(60);
}
