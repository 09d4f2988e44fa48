using System.Net;
using Designer.Cli.Serve;
using Designer.Cli.Serve.Http;
using Designer.Rules;

namespace Designer.Tests.Serve;

/// <summary>A copy of an example in a temporary folder, previewed by a server on a free loopback port.</summary>
internal sealed class ServedExample : IAsyncDisposable
{
    private readonly TempFolder _dir;

    private ServedExample(TempFolder dir, string path, PreviewServer server)
    {
        _dir = dir;
        Path = path;
        Server = server;
    }

    public string Path { get; }

    public PreviewServer Server { get; }

    public Uri Url => Server.Url;

    public static async Task<ServedExample> StartAsync(string example, HttpLimits? limits = null)
    {
        var dir = new TempFolder("designer-serve-http-");
        var path = System.IO.Path.Combine(dir.FullName, example);
        File.Copy(TestPaths.InRepo("examples", example), path);
        var server = await PreviewServer.StartAsync(new LivePreview(new Linter([RulePackLoader.BuiltIn]), path, example), IPAddress.Loopback, 0, example, limits);
        return new ServedExample(dir, path, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _dir.Dispose();
    }
}
