using System.Text.Json.Nodes;
using Designer.Diagnostics;
using Designer.Projects;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;
using Json.Schema;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>The published JSON Schema is valid, accepts every example and the starter, and rejects mistakes.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonSchemaWriter.Write());

    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    private static EvaluationResults Validate(string file, string text)
    {
        var bag = new DiagnosticBag();
        var node = YamlReader.Read(file, text, bag);
        Assert.False(bag.HasErrors);
        return Schema.Evaluate(JsonHelpers.FromYaml(node!), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", r.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_loads_clean_and_validates_against_the_schema(string file)
    {
        var path = TestPaths.InRepo("examples", file);
        var loaded = ProjectLoader.LoadFile(path);
        Assert.Empty(loaded.Diagnostics);
        var result = Validate(path, File.ReadAllText(path));
        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public void The_starter_project_loads_clean_and_validates()
    {
        var loaded = ProjectLoader.Load("starter.yaml", StarterProject.Text);
        Assert.Empty(loaded.Diagnostics);
        Assert.True(Validate("starter.yaml", StarterProject.Text).IsValid);
    }

    [Fact]
    public void The_schema_rejects_an_unknown_key_and_a_bad_enum()
    {
        var text = StarterProject.Text.Replace("  kind: economic-region", "  kind: region\n  colour: red", StringComparison.Ordinal);
        var result = Validate("bad.yaml", text);
        Assert.False(result.IsValid);
        var errors = Errors(result);
        Assert.Contains("/territory", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_has_a_description()
    {
        var schema = JsonNode.Parse(JsonSchemaWriter.Write())!;
        var missing = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is not JsonObject obj)
            {
                return;
            }
            if (obj["properties"] is JsonObject props)
            {
                foreach (var (key, value) in props)
                {
                    if (value?["description"] is null)
                    {
                        missing.Add(path + "/" + key);
                    }
                    Walk(value, path + "/" + key);
                }
            }
            Walk(obj["items"], path + "[]");
            Walk(obj["additionalProperties"], path + "/*");
        }
        Walk(schema, "");
        Assert.Empty(missing);
    }
}
