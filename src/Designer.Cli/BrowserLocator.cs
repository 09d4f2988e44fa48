namespace Designer.Cli;

/// <summary>Finds the Chromium or Chrome that prints PDFs: the one named, else $DESIGNER_BROWSER, else the first on PATH.</summary>
internal static class BrowserLocator
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>The browser to use, or null when none is found.</summary>
    public static string? Find(string? named)
    {
        var wanted = named ?? Environment.GetEnvironmentVariable("DESIGNER_BROWSER");
        if (!string.IsNullOrEmpty(wanted))
        {
            return File.Exists(wanted) ? Path.GetFullPath(wanted) : OnPath(wanted);
        }
        return Candidates.Select(OnPath).FirstOrDefault(p => p is not null);
    }

    private static string? OnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
