using System.Diagnostics;
using System.Text;
using Designer.Tests.Cli;
using Xunit;

namespace Designer.Tests.Hostile;

/// <summary>
/// Inputs an attacker would write, generated in the test (no giant files in the repository), and what every
/// hostile case must end in: the documented exit code, a clean one-line message, no stack trace.
/// </summary>
internal static class Hostile
{
    /// <summary>
    /// The Sergipe example, with its output language set to English (it is written in Portuguese, `language: pt`):
    /// the hostile-input tests are about positions and messages, which they quote in English.
    /// </summary>
    public static string Example => Replace(File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml")), "  language: pt\n", "  language: en\n");

    /// <summary>The example project with <paramref name="count"/> more indicators, each a complete sheet.</summary>
    public static string WithIndicators(int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append($"""
                  - id: gen-{i:00000}
                    name: Generated indicator {i:00000} of the territory
                    horizon: medium
                    level: cluster
                    measures: joint-activities
                    unit: activities per year
                    baseline: {"{"} value: {i}, year: 2026, source: council records {"}"}
                    target: {i + 10}
                    comparison: national
                    frequency: yearly
                    means_of_verification: council minutes
                    responsible: technical-unit

                """);
        }
        return Replace(Example, "\nindicators:\n", "\nindicators:\n" + sb);
    }

    /// <summary>Replaces text that must be present (so a changed example fails loudly instead of testing nothing).</summary>
    public static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line in a folder.</summary>
    public static CliRunner.Result Run(string folder, params string[] args) => CliRunner.RunIn(folder, args);

    /// <summary>The run ended with <paramref name="exitCode"/>, a clean message holding every one of <paramref name="expected"/>, and no crash.</summary>
    public static void AssertClean(CliRunner.Result r, int exitCode, params string[] expected)
    {
        var all = r.Out + r.Err;
        Assert.True(r.ExitCode == exitCode, $"exit {r.ExitCode}, expected {exitCode}\n{Clip(all)}");
        Assert.DoesNotContain("internal error", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at [A-Za-z_.]+\(", all);
        Assert.DoesNotContain("\u001b", all, StringComparison.Ordinal);
        foreach (var e in expected)
        {
            Assert.True(all.Contains(e, StringComparison.Ordinal), $"missing `{e}` in:\n{Clip(all)}");
        }
    }

    private static string Clip(string s) => s.Length > 4000 ? s[..4000] + "…" : s;

    /// <summary>Makes a FIFO (named pipe). Linux and macOS only: CI runs on Linux.</summary>
    public static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
