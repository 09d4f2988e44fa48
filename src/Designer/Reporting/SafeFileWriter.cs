namespace Designer.Reporting;

/// <summary>
/// Writes a set of files into one folder atomically: each goes to a temporary file first and is renamed into
/// place only when all were written, so a failure leaves no half-written output. Names are confined to the
/// folder: a name that would escape it is refused.
/// </summary>
public static class SafeFileWriter
{
    public static void WriteAll(string folder, IReadOnlyDictionary<string, string> files) =>
        WriteAll(folder, files.ToDictionary(f => f.Key, f => new System.Text.UTF8Encoding(false).GetBytes(f.Value)));

    public static void WriteAll(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        // `out/` and `out` are the same folder: compare normalised full paths, without a trailing separator.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var targets = new List<(string Temp, string Final)>();
        foreach (var name in files.Keys)
        {
            var final = Path.GetFullPath(Path.Combine(root, name));
            if (!final.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write {name}: it is outside {folder}");
            }
        }
        Directory.CreateDirectory(root);
        try
        {
            foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var final = Path.GetFullPath(Path.Combine(root, name));
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                var temp = final + ".tmp-" + Environment.ProcessId;
                File.WriteAllBytes(temp, content);
                targets.Add((temp, final));
            }
        }
        catch
        {
            foreach (var (temp, _) in targets)
            {
                TryDelete(temp);
            }
            throw;
        }
        foreach (var (temp, final) in targets)
        {
            File.Move(temp, final, overwrite: true);
        }
    }

    /// <summary>Writes one file atomically (temporary file, then rename).</summary>
    public static void WriteOne(string path, string content, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        File.WriteAllText(temp, content, new System.Text.UTF8Encoding(false));
        try
        {
            File.Move(temp, full, overwrite);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is named so that it is easy to spot.
        }
    }
}
