using System.Text;
using System.Text.Json;
using Designer.Expressions.Runtime;

namespace Designer.Text;

/// <summary>One JSON writing setup for every output: indented, UTF-8, no needless escaping, LF line ends.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = ValueFormatter.JsonEncoder,
        NewLine = "\n",
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
