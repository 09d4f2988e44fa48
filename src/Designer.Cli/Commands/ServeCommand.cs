using System.CommandLine;
using System.Net;
using Designer.Cli.Serve;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer serve FILE [--port N]</c>: a live preview of the findings and documents, refreshed on each save.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "The project file to watch" };
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0 takes a free one)", DefaultValueFactory = _ => 5170 };
        var host = new Option<string>("--host") { Description = "Address to listen on; only this machine by default", DefaultValueFactory = _ => "127.0.0.1" };
        var rules = new Option<string[]>("--rules") { Description = "Add a rule pack (repeatable)" };
        var lang = CliLanguage.CreateOption("Write the page, the findings and the documents in en, es or pt (default: the project's `project.language`, else en)");
        var command = new Command("serve", "Preview a project in the browser: findings, evaluability and the documents, refreshed on each save.\n\nExamples:\n  designer serve examples/sergipe-apparel.yaml\n  designer serve project.yaml --port 8080\n  designer serve examples/masaya-furniture.yaml --lang en")
        {
            file, port, host, rules, lang,
        };
        command.SetAction((p, cancel) => RunAsync(ctx, p.GetValue(file)!, p.GetValue(port), p.GetValue(host)!, p.GetValue(rules) ?? [], cancel, p.GetValue(lang)));
        return command;
    }

    public static async Task<int> RunAsync(CliContext ctx, string file, int port, string host, string[] rulePacks, CancellationToken cancel, string? langText = null)
    {
        if (!CliLanguage.TryRead(ctx, langText, out var language))
        {
            return ExitCodes.BadInput;
        }
        if (port is < 0 or > 65535)
        {
            ctx.Err.WriteLine($"designer: --port must be between 0 and 65535, not {port}");
            return ExitCodes.BadInput;
        }
        if (!IPAddress.TryParse(host, out var address))
        {
            ctx.Err.WriteLine($"designer: --host must be an IP address such as 127.0.0.1, not `{host}`");
            return ExitCodes.BadInput;
        }
        var full = Path.GetFullPath(file, ctx.WorkingDirectory);
        if (!File.Exists(full))
        {
            ctx.Err.WriteLine($"designer: no such file: {file}");
            return ExitCodes.BadInput;
        }
        var packs = CheckCommand.LoadPacks(ctx, rulePacks, noBuiltIn: false);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(new LivePreview(new Linter(packs) { Language = language }, full, file), address, port, file).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            ctx.Err.WriteLine($"designer: cannot listen on {host}:{port}: {ex.Message}; choose another with --port");
            return ExitCodes.BadInput;
        }
        await using (server.ConfigureAwait(false))
        {
            if (!IPAddress.IsLoopback(address))
            {
                ctx.Err.WriteLine($"designer: warning: listening on {host}, not only on this machine; anyone who can reach it can read the project");
            }
            ctx.Out.WriteLine($"Previewing {file} at {server.Url} — save the file to refresh; Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
        }
        return ExitCodes.Ok;
    }
}
