using System.Reflection;

namespace Designer.Cli;

/// <summary>The tool's version, as packed.</summary>
internal static class ToolInfo
{
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
