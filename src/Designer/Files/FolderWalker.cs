namespace Designer.Files;

/// <summary>
/// Lists the files under a folder, following links, but visiting each real folder and each real file once:
/// a link back to a parent (a loop) or a second link to the same file adds nothing. Only regular files are
/// listed, in ordinal order of their paths, so the first path found for a file is always the same one.
/// </summary>
internal static class FolderWalker
{
    /// <summary>Most folders visited under one root; a tree beyond this is refused rather than walked forever.</summary>
    public const int MaxFolders = 100_000;

    /// <summary>The regular files under <paramref name="root"/> (full paths) and whether the walk stopped at <see cref="MaxFolders"/>.</summary>
    public static (List<string> Files, bool Truncated) Walk(string root, int maxFolders = MaxFolders)
    {
        var files = new List<string>();
        var seenFolders = new HashSet<(ulong, ulong)>();
        var seenFiles = new HashSet<(ulong, ulong)>();
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        var folders = 0;
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!FirstVisit(folder, seenFolders, seenPaths))
            {
                continue;
            }
            if (++folders > maxFolders)
            {
                return (files, true);
            }
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                var identity = FileProbe.Probe(entry);
                if (identity.Kind == FileKind.Directory)
                {
                    subfolders.Add(entry);
                }
                else if (identity.Kind == FileKind.Regular && FirstVisit(entry, identity, seenFiles, seenPaths))
                {
                    files.Add(entry);
                }
            }
            // Depth first, in ordinal order: push the last folder first.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
        return (files, false);
    }

    private static bool FirstVisit(string path, HashSet<(ulong, ulong)> seen, HashSet<string> seenPaths) =>
        FirstVisit(path, FileProbe.Probe(path), seen, seenPaths);

    private static bool FirstVisit(string path, FileIdentity identity, HashSet<(ulong, ulong)> seen, HashSet<string> seenPaths)
    {
        if (identity.HasInode)
        {
            return seen.Add((identity.Device, identity.Inode));
        }
        // Without inodes, the path with every link resolved stands for the file.
        var real = path;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (IOException)
        {
            // A broken or looping link: the path itself is all there is.
        }
        return seenPaths.Add(real);
    }
}
