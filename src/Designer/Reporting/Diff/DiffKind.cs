namespace Designer.Reporting.Diff;

/// <summary>What happened to one element of a project between two versions.</summary>
public enum DiffKind
{
    Added,
    Removed,
    Changed,
    Renamed,
}
