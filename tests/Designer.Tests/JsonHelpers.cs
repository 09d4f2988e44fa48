using System.Text.Json.Nodes;
using Designer.Expressions.Runtime;
using Designer.Projects;
using Designer.Projects.Yaml;

namespace Designer.Tests;

/// <summary>Turns a YAML file into JSON (as a YAML language server sees it) for schema validation.</summary>
internal static class JsonHelpers
{
    public static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlScalar s => Scalar(YamlValues.Scalar(s)),
        YamlSequence seq => new JsonArray(seq.Items.Select(FromYaml).ToArray()),
        YamlMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, FromYaml(e.Value)))),
        _ => null,
    };

    private static JsonNode? Scalar(Value v) => v.Kind switch
    {
        ValueKind.Null => null,
        ValueKind.Bool => JsonValue.Create(v.AsBool),
        ValueKind.Int => JsonValue.Create(v.AsInt),
        ValueKind.Double => JsonValue.Create(v.AsDouble),
        _ => JsonValue.Create(v.AsString),
    };
}
