using Designer.Diagnostics;
using Designer.Rules;

namespace Designer.Reporting;

/// <summary>The result of checking a set of files with a set of rules, in a deterministic order.</summary>
public sealed record CheckReport(IReadOnlyList<FileReport> Files, IReadOnlyList<Rule> Rules, string ToolVersion)
{
    public int Count(Severity severity) =>
        Files.Sum(f => f.Active.Count(x => x.Severity == severity) + f.Diagnostics.Count(d => d.Severity == severity));

    public int Suppressed => Files.Sum(f => f.Findings.Count(x => x.Suppressed));

    public bool HasStructuralErrors => Files.Any(f => f.HasStructuralErrors);

    /// <summary>The highest severity of any active finding, or null when there is none.</summary>
    public Severity? Worst =>
        Files.SelectMany(f => f.Active).Select(f => (Severity?)f.Severity).DefaultIfEmpty(null).Max();

    public string Summary()
    {
        var e = Count(Severity.Error);
        var w = Count(Severity.Warning);
        var i = Count(Severity.Info);
        var s = Suppressed;
        var files = Files.Count == 1 ? "1 file" : $"{Files.Count} files";
        var unloaded = Files.Count(f => !f.Loaded);
        return $"{Plural(e, "error")}, {Plural(w, "warning")}, {i} info in {files}" + (s > 0 ? $" ({s} suppressed)" : "")
            + (unloaded > 0 ? $"; {(unloaded == 1 ? "1 file" : $"{unloaded} files")} could not be loaded, so the rules did not run on {(unloaded == 1 ? "it" : "them")}" : "");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>Paths as shown in reports: relative to the working folder, with forward slashes.</summary>
    public static string DisplayPath(string path) => path.Replace('\\', '/');
}
