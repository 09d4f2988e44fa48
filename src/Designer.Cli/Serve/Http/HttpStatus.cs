namespace Designer.Cli.Serve.Http;

/// <summary>The status codes the preview server sends, with their reason phrases.</summary>
internal static class HttpStatus
{
    public const int Ok = 200;
    public const int BadRequest = 400;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int MethodNotAllowed = 405;
    public const int RequestTimeout = 408;
    public const int HeadTooLarge = 431;
    public const int InternalError = 500;
    public const int Unavailable = 503;
    public const int VersionNotSupported = 505;

    public static string Reason(int status) => status switch
    {
        Ok => "OK",
        BadRequest => "Bad Request",
        Forbidden => "Forbidden",
        NotFound => "Not Found",
        MethodNotAllowed => "Method Not Allowed",
        RequestTimeout => "Request Timeout",
        HeadTooLarge => "Request Header Fields Too Large",
        InternalError => "Internal Server Error",
        Unavailable => "Service Unavailable",
        VersionNotSupported => "HTTP Version Not Supported",
        _ => "Unknown",
    };
}
