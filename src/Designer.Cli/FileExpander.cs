using System.Text;
using System.Text.RegularExpressions;

namespace Designer.Cli;

/// <summary>Turns the FILES/DIRS/GLOBS of the command line into a sorted, distinct list of project files.</summary>
internal static class FileExpander
{
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var matched = Glob(input).ToList();
                if (matched.Count == 0)
                {
                    missing.Add(input);
                }
                files.UnionWith(matched);
            }
            else if (Directory.Exists(input))
            {
                files.UnionWith(Directory.EnumerateFiles(input, "*.*", SearchOption.AllDirectories)
                    .Where(IsProjectFile)
                    .Select(Normalize));
            }
            else if (File.Exists(input))
            {
                files.Add(Normalize(input));
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files.ToList(), missing);
    }

    private static bool IsProjectFile(string path)
    {
        var name = Path.GetFileName(path);
        return (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            && !name.Equals("designer.yaml", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string path)
    {
        var relative = Path.IsPathRooted(path) ? path : Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }

    /// <summary>Globs with <c>*</c> (within a folder), <c>**</c> (any folders) and <c>?</c>.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var root = slash < 0 ? "." : normalized[..slash];
        if (root.Length == 0)
        {
            root = "/";
        }
        if (!Directory.Exists(root))
        {
            yield break;
        }
        var regex = new Regex("^" + ToRegex(normalized) + "$", RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var candidate = file.Replace('\\', '/');
            if (slash < 0 && candidate.StartsWith("./", StringComparison.Ordinal))
            {
                candidate = candidate[2..];
            }
            if (regex.IsMatch(candidate))
            {
                yield return Normalize(file);
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
