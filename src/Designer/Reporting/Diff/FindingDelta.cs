using Designer.Rules;

namespace Designer.Reporting.Diff;

/// <summary>A finding and its fate: resolved (only in the old version), introduced (only in the new one) or still open.</summary>
public sealed record FindingDelta(FindingStatus Status, Finding Finding);
