using System.Text;
using Designer.Diagnostics;

namespace Designer.Files;

/// <summary>
/// The one way Designer reads a file someone gave it (project, rule pack, template, configuration, <c>eval --in</c>):
/// only a regular file (links are followed; a FIFO, a device or a socket is refused before it is opened), at most
/// a fixed number of bytes (counted while reading, so a file that grows cannot get past the cap), strictly UTF-8
/// with an optional byte order mark, and no NUL characters. Every failure is a diagnostic, never an exception.
/// </summary>
internal static class SafeFileReader
{
    /// <summary>Largest file read by default, in bytes.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> as text; false (with a diagnostic in <paramref name="bag"/>) when it cannot.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="display">How diagnostics name the file.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="bag">Where the diagnostic goes.</param>
    /// <param name="text">The text read, without a byte order mark.</param>
    public static bool TryReadText(string path, string display, long maxBytes, DiagnosticBag bag, out string? text)
    {
        text = null;
        var at = SourceSpan.StartOf(display);
        var error = Check(path, display, maxBytes, out var code, out var hint);
        if (error is not null)
        {
            bag.Error(code, error, at, hint);
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = ReadCapped(path, maxBytes);
        }
        catch (FileTooLargeException ex)
        {
            bag.Error(DiagnosticCodes.LimitExceeded, $"file too large: more than {ex.Limit:N0} bytes (the limit is {ex.Limit:N0})", at, "Give a smaller file; docs/limits.md lists the limits.");
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.File, $"cannot read {display}: {ex.Message}", at);
            return false;
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            bag.Error(DiagnosticCodes.File, $"the file is not valid UTF-8 (byte {ex.Index} is not part of a UTF-8 character)", at, "Save the file as UTF-8 in your editor.");
            return false;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Contains('\0'))
        {
            bag.Error(DiagnosticCodes.File, "the file contains NUL bytes: it is not a text file", at, "Give a UTF-8 text file.");
            text = null;
            return false;
        }
        return true;
    }

    /// <summary>Reads a file the same way, for callers that only quote it (source excerpts): null when it cannot be read.</summary>
    public static string? TryReadQuietly(string path, long maxBytes = DefaultMaxBytes) =>
        TryReadText(path, path, maxBytes, new DiagnosticBag(), out var text) ? text : null;

    /// <summary>Why the path cannot be read (null when it can), without opening it.</summary>
    public static string? Check(string path, string display, long maxBytes, out string code, out string? hint)
    {
        code = DiagnosticCodes.File;
        hint = null;
        var identity = FileProbe.Probe(path);
        switch (identity.Kind)
        {
            case FileKind.Missing:
                hint = "Check the path; it is taken relative to the current folder.";
                return $"file not found: {display}";
            case FileKind.Directory:
                hint = "Give a file inside the folder.";
                return $"{display} is a folder, not a file";
            case FileKind.Regular:
                break;
            default:
                hint = "Designer reads only regular files; copy the content into a file and give its path.";
                return $"{display} is {FileIdentity.Describe(identity.Kind)}, not a regular file";
        }
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                code = DiagnosticCodes.LimitExceeded;
                hint = "A project file is a few hundred lines; split portfolios into one file per project.";
                return $"file too large: {length:N0} bytes (the limit is {maxBytes:N0})";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {display}: {ex.Message}";
        }
        return null;
    }

    private static byte[] ReadCapped(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }

    private sealed class FileTooLargeException(long limit) : IOException("file too large")
    {
        public long Limit { get; } = limit;
    }
}
