namespace Designer.Cli;

/// <summary>Where a command writes: standard output and error, and whether colour is wanted.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    /// <summary>Colour only on a real terminal, and never when NO_COLOR is set.</summary>
    public bool Color { get; init; }

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}
