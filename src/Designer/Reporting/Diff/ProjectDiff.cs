using Designer.Rules;

namespace Designer.Reporting.Diff;

/// <summary>What changed between two checked versions of a project, in the project's own terms.</summary>
public sealed record ProjectDiff(
    string OldPath,
    string NewPath,
    string OldId,
    string NewId,
    IReadOnlyList<DiffChange> Changes,
    IReadOnlyList<FindingDelta> Findings,
    EvaluabilityScore? ScoreBefore,
    EvaluabilityScore? ScoreAfter)
{
    /// <summary>The sections in the order a reader meets them in the file (the new version's order, then removed ones).</summary>
    public IEnumerable<string> Sections => Changes.Select(c => c.Section).Distinct();

    public IEnumerable<Finding> Introduced => Findings.Where(f => f.Status == FindingStatus.Introduced).Select(f => f.Finding);

    public int Count(FindingStatus status) => Findings.Count(f => f.Status == status);
}
