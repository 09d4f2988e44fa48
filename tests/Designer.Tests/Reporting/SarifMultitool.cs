using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace Designer.Tests.Reporting;

/// <summary>
/// The official SARIF validator (`Sarif.Multitool validate`, npm package @microsoft/sarif-multitool-linux 5.7.0):
/// it checks the SARIF authoring rules the JSON schema alone cannot (SARIF1005: absolute URIs, ...). Taken from
/// $DESIGNER_SARIF_MULTITOOL, else from a cache folder, where it is installed with npm when missing. When it can
/// be neither found nor installed, the test fails and says how to provide it; it never skips silently.
/// </summary>
internal static class SarifMultitool
{
    public const string Package = "@microsoft/sarif-multitool-linux@5.7.0";

    private static readonly Lazy<(string? Path, string Problem)> Tool = new(Locate);

    /// <summary>The cache folder that both the tests and `.ci/run` install into.</summary>
    public static string CacheFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(cache))
            {
                cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }
            return Path.Combine(cache, "designer-tests", "sarif-multitool-5.7.0");
        }
    }

    /// <summary>Validates a SARIF log; returns the validator's results at level error or warning, as text.</summary>
    public static IReadOnlyList<string> Validate(string sarifPath)
    {
        var (tool, problem) = Tool.Value;
        Assert.True(tool is not null, $"The official SARIF validator is not available: {problem}");
        var output = sarifPath + ".validation.sarif";
        File.Delete(output);
        var (code, stdout, stderr) = Run(tool!, $"validate \"{sarifPath}\" --output \"{output}\" --level \"Error;Warning\"", TimeSpan.FromMinutes(3));
        Assert.True(code == 0 && File.Exists(output), $"Sarif.Multitool validate failed (exit {code}): {stdout}{stderr}");
        var log = JsonNode.Parse(File.ReadAllText(output))!;
        return log["runs"]![0]!["results"]!.AsArray()
            .Select(r => $"{(string?)r!["level"] ?? "warning"} {(string?)r["ruleId"]}: {(string?)r["message"]?["text"] ?? string.Join(", ", r["message"]?["arguments"]?.AsArray().Select(a => (string?)a) ?? [])}")
            .ToList();
    }

    private static (string? Path, string Problem) Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DESIGNER_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return File.Exists(fromEnv) ? (fromEnv, "") : (null, $"DESIGNER_SARIF_MULTITOOL names {fromEnv}, which does not exist");
        }
        if (!OperatingSystem.IsLinux())
        {
            return (null, $"the npm package {Package} runs on Linux; set DESIGNER_SARIF_MULTITOOL to the Sarif.Multitool of your platform");
        }
        var tool = Path.Combine(CacheFolder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(tool))
        {
            Directory.CreateDirectory(CacheFolder);
            (int, string, string) install;
            try
            {
                install = Run("npm", $"install --no-audit --no-fund --prefix \"{CacheFolder}\" {Package}", TimeSpan.FromMinutes(5));
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                return (null, $"npm is not installed ({ex.Message}); install Node.js and npm, or run `npm install --prefix {CacheFolder} {Package}`, or set DESIGNER_SARIF_MULTITOOL");
            }
            if (install.Item1 != 0 || !File.Exists(tool))
            {
                return (null, $"`npm install {Package}` failed (exit {install.Item1}): {install.Item2}{install.Item3}");
            }
        }
        // npm may leave the package's postinstall `chmod u+x` unrun (install scripts not allowed).
        File.SetUnixFileMode(tool, File.GetUnixFileMode(tool) | UnixFileMode.UserExecute);
        return (tool, "");
    }

    private static (int Code, string Out, string Err) Run(string file, string args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return (-1, stdout.Result, $"{file} did not finish within {timeout.TotalMinutes} minutes");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
