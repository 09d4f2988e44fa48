using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Designer.Expressions.Runtime;

/// <summary>Prints values in CEL literal form and as JSON.</summary>
public static class ValueFormatter
{
    public static string ToLiteral(Value value)
    {
        var sb = new StringBuilder();
        Write(sb, value, json: false);
        return sb.ToString();
    }

    /// <summary>One-line JSON with a space after each `:` and `,`: <c>{"a": [1, 2.5]}</c>.</summary>
    public static string ToInlineJson(Value value)
    {
        var sb = new StringBuilder();
        Write(sb, value, json: true);
        return sb.ToString();
    }

    private static readonly JsonWriterOptions InlineOptions = new() { Encoder = Text.JsonOutput.Encoder };

    /// <summary>A JSON string written by <see cref="Utf8JsonWriter"/>, the writer of every JSON output; no serializer, so no reflection.</summary>
    private static string JsonString(string s)
    {
        var buffer = new ArrayBufferWriter<byte>(s.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, InlineOptions))
        {
            writer.WriteStringValue(s);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Both one-line forms share the layout of lists and maps; they differ in scalars and keys.</summary>
    private static void Write(StringBuilder sb, Value value, bool json)
    {
        switch (value.Kind)
        {
            case ValueKind.Null: sb.Append("null"); break;
            case ValueKind.Bool: sb.Append(value.AsBool ? "true" : "false"); break;
            case ValueKind.Int: sb.Append(value.AsInt.ToString(CultureInfo.InvariantCulture)); break;
            case ValueKind.Double when !json: sb.Append(Value.FormatDouble(value.AsDouble)); break;
            case ValueKind.Double:
                var d = value.AsDouble;
                sb.Append(double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : JsonString(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"));
                break;
            case ValueKind.String: if (json) sb.Append(JsonString(value.AsString)); else WriteQuoted(sb, value.AsString); break;
            case ValueKind.Type: sb.Append(json ? JsonString(value.AsType.Name) : value.AsType.Name); break;
            case ValueKind.Error: sb.Append(json ? JsonString(value.AsError.Message) : $"error({value.AsError.Message})"); break;
            case ValueKind.List:
                sb.Append('[');
                var first = true;
                foreach (var item in value.AsList.AsSpan())
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Write(sb, item, json);
                }
                sb.Append(']');
                break;
            case ValueKind.Map:
                sb.Append('{');
                var firstEntry = true;
                foreach (var entry in value.AsMap.Entries)
                {
                    if (!firstEntry) sb.Append(", ");
                    firstEntry = false;
                    if (json)
                    {
                        // JSON keys are strings: a non-string key is written in its CEL literal form.
                        sb.Append(JsonString(entry.Key.Kind == ValueKind.String ? entry.Key.AsString : ToLiteral(entry.Key)));
                    }
                    else
                    {
                        Write(sb, entry.Key, json);
                    }
                    sb.Append(": ");
                    Write(sb, entry.Value, json);
                }
                sb.Append('}');
                break;
        }
    }

    private static void WriteQuoted(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('\'');
    }

    /// <summary>Writes a value as JSON. Non-finite doubles become the strings "NaN", "Infinity", "-Infinity".</summary>
    public static void WriteJson(Utf8JsonWriter writer, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null: writer.WriteNullValue(); break;
            case ValueKind.Bool: writer.WriteBooleanValue(value.AsBool); break;
            case ValueKind.Int: writer.WriteNumberValue(value.AsInt); break;
            case ValueKind.Double:
                var d = value.AsDouble;
                if (double.IsFinite(d))
                {
                    writer.WriteNumberValue(d);
                }
                else
                {
                    writer.WriteStringValue(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }
                break;
            case ValueKind.String: writer.WriteStringValue(value.AsString); break;
            case ValueKind.Type: writer.WriteStringValue(value.AsType.Name); break;
            case ValueKind.Error: writer.WriteStringValue(value.AsError.Message); break;
            case ValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.AsList.AsSpan())
                {
                    WriteJson(writer, item);
                }
                writer.WriteEndArray();
                break;
            case ValueKind.Map:
                writer.WriteStartObject();
                foreach (var entry in value.AsMap.Entries)
                {
                    writer.WritePropertyName(entry.Key.Kind == ValueKind.String ? entry.Key.AsString : ToLiteral(entry.Key));
                    WriteJson(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>A plain-text form for messages and documents: strings without quotes, numbers without trailing ".0".</summary>
    public static string ToDisplay(Value value) => value.Kind switch
    {
        ValueKind.String => value.AsString,
        ValueKind.Null => "",
        ValueKind.Double when double.IsFinite(value.AsDouble) => value.AsDouble.ToString("0.############", CultureInfo.InvariantCulture),
        ValueKind.List => string.Join(", ", value.AsList.Items.Select(ToDisplay)),
        _ => ToLiteral(value),
    };
}
