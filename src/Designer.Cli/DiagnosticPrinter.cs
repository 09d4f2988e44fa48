using Designer.Diagnostics;
using Designer.Text;

namespace Designer.Cli;

/// <summary>Prints diagnostics to standard error as <c>file:line:col: error CODE: message</c>, with the source line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(CliContext ctx, IEnumerable<Diagnostic> diagnostics, Func<string, TextLocator?>? sources = null)
    {
        foreach (var d in diagnostics)
        {
            ctx.Err.WriteLine($"{ControlCharacters.Escape(d.Span.File)}:{d.Span.Line}:{d.Span.Column}: {d.Severity.ToName()} {d.Code}: {ControlCharacters.Escape(d.Message)}");
            var locator = sources?.Invoke(d.Span.File) ?? TryLocator(d.Span.File);
            if (locator is not null)
            {
                var line = locator.LineText(d.Span.Line);
                if (line.Length > 0)
                {
                    var width = d.Span.EndLine == d.Span.Line ? Math.Max(1, d.Span.EndColumn - d.Span.Column) : 1;
                    var excerpt = SourceExcerpt.Of(line, d.Span.Column, width);
                    ctx.Err.WriteLine($"  {d.Span.Line,4} | {excerpt.Text}");
                    ctx.Err.WriteLine($"       | {new string(' ', excerpt.CaretStart)}{new string('^', excerpt.CaretWidth)}");
                }
            }
            if (d.Hint is not null)
            {
                ctx.Err.WriteLine($"  help: {ControlCharacters.Escape(d.Hint)}");
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
            var text = Designer.Files.SafeFileReader.TryReadQuietly(file);
            var locator = text is null ? null : new TextLocator(file, text);
            Cache[file] = locator;
            return locator;
        }
    }
}
