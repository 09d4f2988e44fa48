using System.Text.RegularExpressions;
using Designer.Files;

namespace Designer.Reporting;

/// <summary>
/// Writes a set of files into one folder atomically: each goes to a temporary file first and is renamed into
/// place only when all were written, so a failure leaves no half-written output. Names are confined to the
/// folder: a name that would escape it is refused, and so is replacing anything but a regular file (a device
/// such as /dev/null, a FIFO, a folder). Temporaries left by a run that was killed are removed by the next one.
/// </summary>
public static partial class SafeFileWriter
{
    private const string TempMarker = ".designer-tmp-";

    /// <summary>A temporary of Designer's naming: <c>.NAME.designer-tmp-PID</c>.</summary>
    [GeneratedRegex(@"^\..+\.designer-tmp-(\d{1,10})$")]
    private static partial Regex TempName();

    public static void WriteAll(string folder, IReadOnlyDictionary<string, string> files) =>
        WriteAll(folder, files.ToDictionary(f => f.Key, f => new System.Text.UTF8Encoding(false).GetBytes(f.Value)));

    public static void WriteAll(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new OutputRefusedException("the output folder is empty; name a folder, e.g. --out out/");
        }
        // `out/` and `out` are the same folder: compare normalised full paths, without a trailing separator.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var rootKind = FileProbe.Probe(root).Kind;
        if (rootKind is not (FileKind.Missing or FileKind.Directory))
        {
            throw new OutputRefusedException($"refusing to write into {folder}: it is {FileIdentity.Describe(rootKind)}, not a folder; give the path of a folder");
        }
        foreach (var name in files.Keys)
        {
            var final = Path.GetFullPath(Path.Combine(root, name));
            if (!final.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new OutputRefusedException($"refusing to write {name}: it is outside {folder}");
            }
            RefuseUnlessReplaceable(final, name);
        }
        Directory.CreateDirectory(root);
        RemoveStaleTemporaries(root, files.Keys.Select(n => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, n)))!));
        RemoveLegacyTemporaries(files.Keys.Select(n => Path.GetFullPath(Path.Combine(root, n))));
        var targets = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var final = Path.GetFullPath(Path.Combine(root, name));
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                var temp = TempFor(final);
                targets.Add((temp, final));
                File.WriteAllBytes(temp, content);
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

    /// <summary>Writes one file atomically (temporary file, then rename); never replaces anything but a regular file.</summary>
    public static void WriteOne(string path, string content, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        RefuseUnlessReplaceable(full, path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        RemoveStaleTemporaries(dir, [dir]);
        var temp = TempFor(full);
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

    private static string TempFor(string final) =>
        Path.Combine(Path.GetDirectoryName(final)!, "." + Path.GetFileName(final) + TempMarker + Environment.ProcessId);

    /// <summary>A rename replaces a regular file or a link (not what it points at); anything else is refused.</summary>
    private static void RefuseUnlessReplaceable(string full, string display)
    {
        var kind = FileProbe.Probe(full, followLinks: false).Kind;
        if (kind is not (FileKind.Missing or FileKind.Regular or FileKind.SymbolicLink))
        {
            throw new OutputRefusedException($"refusing to replace {display}: it is {FileIdentity.Describe(kind)}, not a regular file; give the path of a file");
        }
    }

    /// <summary>Removes temporaries of Designer's naming whose process no longer runs (a render that was killed).</summary>
    internal static int RemoveStaleTemporaries(string root, IEnumerable<string> folders)
    {
        var removed = 0;
        foreach (var folder in folders.Append(root).Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + TempMarker + "*"))
            {
                var match = TempName().Match(Path.GetFileName(file));
                if (match.Success && long.TryParse(match.Groups[1].Value, out var pid) && pid != Environment.ProcessId && !IsRunning(pid)
                    && FileProbe.Probe(file, followLinks: false).Kind == FileKind.Regular)
                {
                    TryDelete(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    /// <summary>Earlier versions named a temporary <c>NAME.tmp-PID</c> beside the file NAME; those of the files being written now are removed when their process is gone.</summary>
    private static void RemoveLegacyTemporaries(IEnumerable<string> finals)
    {
        foreach (var final in finals)
        {
            var folder = Path.GetDirectoryName(final)!;
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var prefix = Path.GetFileName(final) + ".tmp-";
            foreach (var file in Directory.EnumerateFiles(folder, prefix + "*"))
            {
                var pid = Path.GetFileName(file)[prefix.Length..];
                if (pid.Length is > 0 and <= 10 && pid.All(char.IsAsciiDigit) && long.TryParse(pid, out var n) && n != Environment.ProcessId && !IsRunning(n)
                    && FileProbe.Probe(file, followLinks: false).Kind == FileKind.Regular)
                {
                    TryDelete(file);
                }
            }
        }
    }

    private static bool IsRunning(long pid)
    {
        if (pid > int.MaxValue || pid <= 0)
        {
            return false;
        }
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists("/proc/" + pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById((int)pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file is named so that the next run removes it.
        }
    }
}
