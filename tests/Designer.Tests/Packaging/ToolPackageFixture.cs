using System.Runtime.InteropServices;
using Xunit;

namespace Designer.Tests.Packaging;

/// <summary>
/// Packs the tool once per test run, as a release would: the package that points at the runtime-specific ones,
/// this machine's native package, and the framework-dependent <c>any</c> package; then installs the tool into one
/// temporary tool path (where <c>dotnet tool install</c> picks the native package) and the <c>any</c> package into
/// another. The native compile is the costly step (a minute or two), so it is shared by every test of the class.
/// </summary>
public sealed class ToolPackageFixture : IDisposable
{
    /// <summary>The runtimes the tool is compiled natively for, as Designer.Cli.csproj declares them.</summary>
    public static readonly string[] NativeRuntimes = ["linux-x64"];

    private readonly TempFolder _work = new("designer-pack-");

    public ToolPackageFixture()
    {
        Packages = Path.Combine(_work.FullName, "nupkg");
        HostRuntime = RuntimeInformation.RuntimeIdentifier;
        // The packs run one after another: each builds the CLI, and two at once would share its obj folder.
        ToolProcess.Dotnet("pack", "src/Designer.Cli", "-c", "Release", "-o", Packages, "-p:ContinuousIntegrationBuild=true");
        if (HasNativePackage)
        {
            ToolProcess.Dotnet("pack", "src/Designer.Cli", "-c", "Release", "-r", HostRuntime, "-o", Packages, "-p:ContinuousIntegrationBuild=true");
        }
        ToolProcess.Dotnet("pack", "src/Designer.Cli", "-c", "Release", "-r", "any", "-o", Packages, "-p:ContinuousIntegrationBuild=true");

        var tools = Path.Combine(_work.FullName, "tools");
        ToolProcess.Dotnet("tool", "install", "Designer.Tool", "--tool-path", tools, "--add-source", Packages, "--ignore-failed-sources");
        Installed = Path.Combine(tools, OperatingSystem.IsWindows() ? "designer.exe" : "designer");

        var fallback = Path.Combine(_work.FullName, "any");
        ToolProcess.Dotnet("tool", "install", "Designer.Tool.any", "--tool-path", fallback, "--add-source", Packages, "--ignore-failed-sources");
        FrameworkDependent = Path.Combine(fallback, OperatingSystem.IsWindows() ? "designer.exe" : "designer");
    }

    /// <summary>This machine's runtime identifier, e.g. linux-x64.</summary>
    public string HostRuntime { get; }

    /// <summary>Whether the tool is compiled natively for this machine; elsewhere it installs from <c>any</c>.</summary>
    public bool HasNativePackage => NativeRuntimes.Contains(HostRuntime);

    /// <summary>The folder the packages were written to.</summary>
    public string Packages { get; }

    /// <summary>`designer` as `dotnet tool install Designer.Tool` installed it.</summary>
    public string Installed { get; }

    /// <summary>`designer` from the framework-dependent package: the JIT build of the same code.</summary>
    public string FrameworkDependent { get; }

    /// <summary>A fresh working folder holding a copy of the examples, for one tool run.</summary>
    public string NewWorkingFolder(string name)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work.FullName, "runs", name, "examples"));
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
        }
        File.Copy(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "006-unknown-reference.yaml"), Path.Combine(dir.Parent!.FullName, "broken.yaml"));
        return dir.Parent!.FullName;
    }

    public void Dispose() => _work.Dispose();
}
