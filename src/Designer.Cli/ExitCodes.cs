namespace Designer.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: no finding at or above --fail-on.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above --fail-on, or an expression that evaluated to an error.</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: unreadable file, syntax or structure error.</summary>
    public const int BadInput = 2;
}
