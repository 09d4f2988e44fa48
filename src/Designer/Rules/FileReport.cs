using Designer.Diagnostics;
using Designer.Projects;

namespace Designer.Rules;

/// <summary>What checking one file gave: its structural diagnostics, or its findings and evaluability score.</summary>
public sealed record FileReport(string Path, Project? Project, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Finding> Findings, EvaluabilityScore? Evaluability = null)
{
    /// <summary>The project's id when the file loaded; kept by <see cref="WithoutModel"/>.</summary>
    public string? ProjectId { get; init; } = Project?.Id;

    /// <summary>Whether the file loaded into a project, so the rules could run on it; still true after <see cref="WithoutModel"/>.</summary>
    public bool Loaded => ProjectId is not null;

    /// <summary>The file's text and line table when it loaded, for source excerpts; kept by <see cref="WithoutModel"/>.</summary>
    public TextLocator? Source { get; init; } = Project?.Source;

    /// <summary>
    /// The report without the project model, which only rendering needs: a check of many files keeps its reports
    /// until it prints them, and the models are most of its memory.
    /// </summary>
    public FileReport WithoutModel() => this with { Project = null };

    public bool HasStructuralErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public IEnumerable<Finding> Active => Findings.Where(f => !f.Suppressed);
}
