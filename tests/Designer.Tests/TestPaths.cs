namespace Designer.Tests;

/// <summary>Finds the repository and the shared test data from wherever the tests run.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Designer.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Designer.sln not found above the test assembly");
    }

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>The CEL conformance data: $DESIGNER_CEL_CONFORMANCE, else ../shared/conformance/cel beside the clone.</summary>
    public static string? CelConformance
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("DESIGNER_CEL_CONFORMANCE");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return Directory.Exists(fromEnv) ? fromEnv : null;
            }
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "conformance", "cel"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
