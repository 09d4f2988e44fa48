using Designer.Diagnostics;

namespace Designer.Cli;

/// <summary>Terminal colours by severity: red errors, yellow warnings, cyan information.</summary>
internal static class AnsiColors
{
    public static string Paint(Severity severity, string text) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    } + text + "\u001b[0m";
}
