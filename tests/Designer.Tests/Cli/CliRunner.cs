using Designer.Cli;

namespace Designer.Tests.Cli;

/// <summary>Runs the command line in-process: arguments in; exit code, standard output and error out.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args) => RunIn(TestPaths.RepoRoot, args);

    public static Result RunIn(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, stdout, stderr, workingDirectory);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
