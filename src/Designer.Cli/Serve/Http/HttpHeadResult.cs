namespace Designer.Cli.Serve.Http;

/// <summary>A request head read and parsed: the request, or the status that refuses it (400, 431, 505).</summary>
internal sealed record HttpHeadResult(HttpRequest? Request, int ErrorStatus)
{
    public static HttpHeadResult Ok(HttpRequest request) => new(request, 0);

    public static HttpHeadResult Error(int status) => new(null, status);
}
