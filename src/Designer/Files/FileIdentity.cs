namespace Designer.Files;

/// <summary>
/// The kind of a file and, where the system gives them, its device and inode: two paths with the same identity
/// are the same file, however many links lead to it.
/// </summary>
internal readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>True when the identity is known (device and inode), so it can be compared with another.</summary>
    public bool HasInode => Inode != 0;

    /// <summary>The kind in words, for messages: "a FIFO (named pipe)", "a character device".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };
}
