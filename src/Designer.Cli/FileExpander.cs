using System.Text;
using System.Text.RegularExpressions;
using Designer.Files;

namespace Designer.Cli;

/// <summary>Turns the FILES/DIRS/GLOBS of the command line into a sorted, distinct list of project files.</summary>
internal static class FileExpander
{
    /// <summary>Expands the inputs against <paramref name="baseDir"/>; gives (full path, display path) pairs sorted by display path.</summary>
    public static (List<(string Path, string Display)> Files, List<string> Missing) Expand(IEnumerable<string> inputs, string baseDir)
    {
        var (files, missing) = ExpandDisplay(inputs.Select(i => (Input: i, Full: Path.GetFullPath(i, baseDir))), baseDir);
        return (files.Select(d => (Path.GetFullPath(d, baseDir), d)).ToList(), missing);
    }

    private static (List<string> Files, List<string> Missing) ExpandDisplay(IEnumerable<(string Input, string Full)> items, string baseDir)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (input, full) in items)
        {
            if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var matched = Glob(Path.IsPathRooted(input) ? input : Path.Combine(baseDir, input).Replace('\\', '/'), baseDir).ToList();
                if (matched.Count == 0)
                {
                    missing.Add(input);
                }
                files.UnionWith(matched);
            }
            else if (Directory.Exists(full))
            {
                files.UnionWith(Walk(full)
                    .Where(IsProjectFile)
                    .Select(f => Normalize(f, baseDir)));
            }
            else if (File.Exists(full))
            {
                files.Add(Normalize(full, baseDir));
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files.ToList(), missing);
    }

    /// <summary>The files under a folder; a tree past the folder limit is bad input, not a list cut short.</summary>
    private static List<string> Walk(string root)
    {
        var (files, truncated) = FolderWalker.Walk(root);
        return truncated
            ? throw new IOException($"{root} holds more than {FolderWalker.MaxFolders:N0} folders (limit); give a smaller folder or a glob")
            : files;
    }

    private static bool IsProjectFile(string path)
    {
        var name = Path.GetFileName(path);
        return (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            && !name.Equals("designer.yaml", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string fullPath, string baseDir) =>
        Path.GetRelativePath(baseDir, fullPath).Replace('\\', '/');

    /// <summary>Globs with <c>*</c> (within a folder), <c>**</c> (any folders) and <c>?</c>.</summary>
    private static IEnumerable<string> Glob(string pattern, string baseDir)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var root = slash < 0 ? baseDir : normalized[..slash];
        if (root.Length == 0)
        {
            root = "/";
        }
        if (!Directory.Exists(root))
        {
            yield break;
        }
        var regex = new Regex("^" + ToRegex(normalized) + "$", RegexOptions.CultureInvariant);
        foreach (var file in Walk(root))
        {
            var candidate = file.Replace('\\', '/');
            if (regex.IsMatch(candidate))
            {
                yield return Normalize(file, baseDir);
            }
        }
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        return sb.ToString();
    }
}
