using System.Text;
using Designer.Diagnostics;
using Designer.Localization;

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
            bag.Error(DiagnosticCodes.LimitExceeded, LocalText.Of("file.too-large-read", ("limit", new LocalNumber(ex.Limit))), at, LocalText.Of("file.too-large-read.hint"));
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.File, LocalText.Of("file.cannot-read", ("file", display), ("reason", ex.Message)), at);
            return false;
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            bag.Error(DiagnosticCodes.File, LocalText.Of("file.not-utf8", ("index", ex.Index)), at, LocalText.Of("file.not-utf8.hint"));
            return false;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Contains('\0'))
        {
            bag.Error(DiagnosticCodes.File, LocalText.Of("file.nul-bytes"), at, LocalText.Of("file.nul-bytes.hint"));
            text = null;
            return false;
        }
        return true;
    }

    /// <summary>Reads a file the same way, for callers that only quote it (source excerpts): null when it cannot be read.</summary>
    public static string? TryReadQuietly(string path, long maxBytes = DefaultMaxBytes) =>
        TryReadText(path, path, maxBytes, new DiagnosticBag(), out var text) ? text : null;

    /// <summary>Why the path cannot be read (null when it can), without opening it.</summary>
    public static LocalText? Check(string path, string display, long maxBytes, out string code, out LocalText? hint)
    {
        code = DiagnosticCodes.File;
        hint = null;
        var identity = FileProbe.Probe(path);
        switch (identity.Kind)
        {
            case FileKind.Missing:
                hint = LocalText.Of("file.not-found.hint");
                return LocalText.Of("file.not-found", ("file", display));
            case FileKind.Directory:
                hint = LocalText.Of("file.folder.hint");
                return LocalText.Of("file.folder", ("file", display));
            case FileKind.Regular:
                break;
            default:
                hint = LocalText.Of("file.not-regular.hint");
                return LocalText.Of("file.not-regular", ("file", display), ("kind", LocalText.Of(KindKey(identity.Kind))));
        }
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                code = DiagnosticCodes.LimitExceeded;
                hint = LocalText.Of("file.too-large.hint");
                return LocalText.Of("file.too-large", ("length", new LocalNumber(length)), ("limit", new LocalNumber(maxBytes)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LocalText.Of("file.cannot-read", ("file", display), ("reason", ex.Message));
        }
        return null;
    }

    /// <summary>The catalog key that names a kind of file system entry (<c>file.kind.fifo</c>: "a FIFO (named pipe)").</summary>
    internal static string KindKey(FileKind kind) => kind switch
    {
        FileKind.Fifo => "file.kind.fifo",
        FileKind.CharacterDevice => "file.kind.character-device",
        FileKind.BlockDevice => "file.kind.block-device",
        FileKind.Socket => "file.kind.socket",
        FileKind.SymbolicLink => "file.kind.symbolic-link",
        _ => "file.kind.other",
    };

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
