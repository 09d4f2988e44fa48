using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Designer.Files;

/// <summary>
/// Asks the system what a path is without opening it: opening a FIFO blocks until someone writes to it, and a
/// device such as /dev/zero never ends, so every reader and writer looks first. On Linux this is <c>statx</c>
/// (its buffer has the same layout on every architecture); elsewhere .NET's attributes, which tell files from
/// folders only.
/// </summary>
internal static class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;

    /// <summary>What the path names; links are followed unless <paramref name="followLinks"/> is false.</summary>
    public static FileIdentity Probe(string path, bool followLinks = true)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return ProbeLinux(path, followLinks);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // An old C library without statx: fall back to what .NET can tell.
            }
        }
        return ProbePortable(path, followLinks);
    }

    private static FileIdentity ProbeLinux(string path, bool followLinks)
    {
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            return new FileIdentity(FileKind.Missing, 0, 0);
        }
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var major = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136));
        var minor = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        if (!BitConverter.IsLittleEndian)
        {
            mode = BinaryPrimitives.ReverseEndianness(mode);
            inode = BinaryPrimitives.ReverseEndianness(inode);
            major = BinaryPrimitives.ReverseEndianness(major);
            minor = BinaryPrimitives.ReverseEndianness(minor);
        }
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
        return new FileIdentity(kind, ((ulong)major << 32) | minor, inode);
    }

    private static FileIdentity ProbePortable(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
            if (!info.Exists)
            {
                return new FileIdentity(FileKind.Missing, 0, 0);
            }
        }
        if (followLinks && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return new FileIdentity(FileKind.Missing, 0, 0);
            }
            info = target;
        }
        if (!followLinks && info.LinkTarget is not null)
        {
            return new FileIdentity(FileKind.SymbolicLink, 0, 0);
        }
        return new FileIdentity(info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory : FileKind.Regular, 0, 0);
    }

    /// <summary>
    /// The absolute path with every link and <c>..</c> resolved (the real place of the file), or null when the
    /// path does not exist or its links loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = RealPathNative(path, IntPtr.Zero);
                if (resolved == IntPtr.Zero)
                {
                    return null;
                }
                try
                {
                    return Marshal.PtrToStringUTF8(resolved);
                }
                finally
                {
                    Free(resolved);
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET can tell.
            }
        }
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPathNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
