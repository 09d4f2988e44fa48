using Designer.Diagnostics;
using Designer.Projects;
using Designer.Rules;

namespace Designer.Reporting;

/// <summary>What checking one file gave: its structural diagnostics, or its findings and evaluability score.</summary>
public sealed record FileReport(string Path, Project? Project, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Finding> Findings, EvaluabilityScore? Evaluability = null)
{
    public bool HasStructuralErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public IEnumerable<Finding> Active => Findings.Where(f => !f.Suppressed);
}
