using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Designer.Text;

/// <summary>One JSON writing setup for every output: indented, UTF-8, no needless escaping, LF line ends.</summary>
internal static class JsonOutput
{
    /// <summary>The escaping every JSON output uses: only what JSON requires, so non-ASCII text stays readable.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = Encoder,
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
