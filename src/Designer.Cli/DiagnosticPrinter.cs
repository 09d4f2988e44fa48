using Designer.Diagnostics;

namespace Designer.Cli;

/// <summary>Prints diagnostics to standard error as <c>file:line:col: error CODE: message</c>, with the source line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(CliContext ctx, IEnumerable<Diagnostic> diagnostics, Func<string, TextLocator?>? sources = null)
    {
        foreach (var d in diagnostics)
        {
            ctx.Err.WriteLine($"{d.Span.File}:{d.Span.Line}:{d.Span.Column}: {d.Severity.ToName()} {d.Code}: {d.Message}");
            var locator = sources?.Invoke(d.Span.File) ?? TryLocator(d.Span.File);
            if (locator is not null)
            {
                var line = locator.LineText(d.Span.Line);
                if (line.Length > 0)
                {
                    var width = d.Span.EndLine == d.Span.Line ? Math.Max(1, d.Span.EndColumn - d.Span.Column) : 1;
                    ctx.Err.WriteLine($"  {d.Span.Line,4} | {line}");
                    ctx.Err.WriteLine($"       | {new string(' ', Math.Max(0, d.Span.Column - 1))}{new string('^', Math.Min(width, Math.Max(1, line.Length - d.Span.Column + 1)))}");
                }
            }
            if (d.Hint is not null)
            {
                ctx.Err.WriteLine($"  help: {d.Hint}");
            }
        }
    }

    private static readonly Dictionary<string, TextLocator?> Cache = new(StringComparer.Ordinal);

    private static TextLocator? TryLocator(string file)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(file, out var cached))
            {
                return cached;
            }
            TextLocator? locator = null;
            try
            {
                var info = new FileInfo(file);
                if (info.Exists && info.Length < 16 * 1024 * 1024)
                {
                    locator = new TextLocator(file, File.ReadAllText(file));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                locator = null;
            }
            Cache[file] = locator;
            return locator;
        }
    }
}
