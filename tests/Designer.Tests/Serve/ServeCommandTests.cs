using Designer.Tests.Cli;
using Xunit;

namespace Designer.Tests.Serve;

/// <summary>`designer serve` refuses bad input before it listens.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("no-such.yaml", "--port", "0", "no such file: no-such.yaml")]
    [InlineData("examples/sergipe-apparel.yaml", "--port", "70000", "--port must be between 0 and 65535")]
    [InlineData("examples/sergipe-apparel.yaml", "--host", "localhost:80", "--host must be an IP address")]
    [InlineData("examples/sergipe-apparel.yaml", "--lang", "fr", "--lang `fr` is not a language Designer writes; use en, es or pt")]
    public void Bad_input_exits_two_with_the_reason(string file, string option, string value, string message)
    {
        var result = CliRunner.Run("serve", file, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
    }
}
