using System.Text.Json;
using Designer.Text;

namespace Designer.Projects.Schema;

/// <summary>Writes the project format as a JSON Schema (draft 2020-12), for editors with a YAML language server.</summary>
public static class JsonSchemaWriter
{
    public const string Id = "urn:designer:project-format:1";

    public static string Write() => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        w.WriteString("$id", Id);
        w.WriteString("title", "Designer project file (format 1)");
        WriteBody(w, ProjectSchema.Root);
        w.WriteEndObject();
    });

    private static void WriteType(Utf8JsonWriter w, SchemaType type, string? description)
    {
        w.WriteStartObject();
        if (description is not null)
        {
            w.WriteString("description", description);
        }
        WriteBody(w, type);
        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, SchemaType type)
    {
        switch (type)
        {
            case ObjectType obj:
                w.WriteString("type", "object");
                w.WriteStartObject("properties");
                foreach (var f in obj.Fields.Where(f => !f.Computed))
                {
                    w.WritePropertyName(f.Key);
                    WriteType(w, f.Type, f.Description + (f.Example is null ? "" : $" Example: {f.Example}"));
                }
                w.WriteEndObject();
                var required = obj.Fields.Where(f => f.Required).ToList();
                if (required.Count > 0)
                {
                    w.WriteStartArray("required");
                    foreach (var f in required)
                    {
                        w.WriteStringValue(f.Key);
                    }
                    w.WriteEndArray();
                }
                w.WriteBoolean("additionalProperties", false);
                break;
            case DictionaryType dict:
                w.WriteString("type", "object");
                w.WriteStartObject("propertyNames");
                w.WriteString("pattern", dict.Keys == DictionaryKeys.Years ? "^(19|20|21)[0-9]{2}$" : "^[A-Za-z_][A-Za-z0-9_]*$");
                w.WriteEndObject();
                w.WritePropertyName("additionalProperties");
                WriteType(w, dict.Value, dict.Value.Description);
                break;
            case ChoiceType choice:
                w.WriteStartArray("anyOf");
                foreach (var alternative in choice.Alternatives)
                {
                    WriteType(w, alternative, null);
                }
                w.WriteEndArray();
                break;
            case ListType list:
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteType(w, list.Item, null);
                break;
            case ScalarType scalar:
                WriteScalar(w, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter w, ScalarType s)
    {
        if (s.Enum is not null)
        {
            w.WriteString("type", "string");
            w.WriteStartArray("enum");
            foreach (var e in s.Enum)
            {
                w.WriteStringValue(e);
            }
            w.WriteEndArray();
            return;
        }
        void Expression()
        {
            w.WriteStartObject();
            w.WriteString("type", "string");
            w.WriteString("pattern", "^=");
            w.WriteString("description", "An expression, e.g. `= baseline.value * 1.35`.");
            w.WriteEndObject();
        }
        void Range()
        {
            if (s.Min is { } min)
            {
                w.WriteNumber("minimum", min);
            }
            if (s.Max is { } max)
            {
                w.WriteNumber("maximum", max);
            }
        }
        switch (s.Kind)
        {
            case ScalarKind.Int or ScalarKind.Number or ScalarKind.Ratio:
                var numeric = s.Kind == ScalarKind.Int ? "integer" : "number";
                if (s.AllowExpression)
                {
                    w.WriteStartArray("anyOf");
                    w.WriteStartObject();
                    w.WriteString("type", numeric);
                    if (s.Kind == ScalarKind.Ratio)
                    {
                        w.WriteNumber("minimum", 0);
                        w.WriteNumber("maximum", 1);
                    }
                    Range();
                    w.WriteEndObject();
                    Expression();
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteString("type", numeric);
                    Range();
                }
                break;
            case ScalarKind.Bool:
                w.WriteString("type", "boolean");
                break;
            case ScalarKind.YearMonth:
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
                break;
            default:
                w.WriteStartArray("type");
                w.WriteStringValue("string");
                w.WriteStringValue("number");
                w.WriteEndArray();
                break;
        }
    }
}
