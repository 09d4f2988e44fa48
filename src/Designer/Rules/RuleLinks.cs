namespace Designer.Rules;

/// <summary>
/// How a finding points a reader at its explanation. Designer has no hosted documentation: the command
/// <c>designer rules show ID</c> works wherever the tool is installed, and an absolute URL is used only when a
/// pack (<c>docs:</c>) or the user (<c>--docs-url</c>) gives one.
/// </summary>
public static class RuleLinks
{
    /// <summary>The tool's home for SARIF <c>informationUri</c>: the package page of the .NET tool.</summary>
    public const string InformationUri = "https://www.nuget.org/packages/Designer.Tool";

    /// <summary>The command that explains any code Designer prints.</summary>
    public static string ShowCommand(string id) => $"designer rules show {id}";

    /// <summary>True for an absolute http or https address.</summary>
    public static bool IsAbsoluteWebAddress(string? text) =>
        text is not null
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The page of rule <paramref name="id"/> under an absolute base address: <c>{base}/{id}.md</c>.</summary>
    public static string PageUnder(string baseAddress, string id) => $"{baseAddress.TrimEnd('/')}/{id}.md";
}
