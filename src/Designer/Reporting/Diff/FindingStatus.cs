namespace Designer.Reporting.Diff;

/// <summary>Whether a finding went away, appeared, or is in both versions.</summary>
public enum FindingStatus
{
    Resolved,
    Introduced,
    Open,
}
