using System.Diagnostics;
using Xunit;

namespace Designer.Tests.Packaging;

/// <summary>Runs a program with its arguments passed one by one (no shell quoting), and collects what it printed.</summary>
internal static class ToolProcess
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // A native-compiled pack takes a minute or two on a busy two-core machine; the limit only stops a hang.
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(10)), $"{file} {string.Join(' ', args)} did not finish");
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the dotnet CLI from the repository and fails the test, with its output, when it fails.</summary>
    public static void Dotnet(params string[] args)
    {
        var r = Run("dotnet", TestPaths.RepoRoot, args);
        Assert.True(r.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{r.Out}{r.Err}");
    }
}
