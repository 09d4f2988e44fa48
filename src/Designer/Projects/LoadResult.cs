using Designer.Diagnostics;

namespace Designer.Projects;

/// <summary>What loading gave: the project (when it could be bound) and every diagnostic, ordered by position.</summary>
public sealed record LoadResult(Project? Project, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
