using System.Text;
using Designer.Diagnostics;
using Designer.Projects;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Designer.Tests.Properties;

/// <summary>Random bytes and random YAML trees given to the loader give diagnostics, never an exception.</summary>
public sealed class LoaderProperties
{
    [Property(MaxTest = 300)]
    public Property Random_bytes_give_diagnostics_only(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"designer-prop-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, bytes ?? []);
            var result = ProjectLoader.LoadFile(path);
            return (result.Project is not null || result.Diagnostics.Count > 0).ToProperty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Gen<string> Yaml(int depth)
    {
        var scalar = Gen.Elements("1", "-2.5", "true", "null", "text", "'quoted'", "= 1 + 1", "= baseline.value *", "[a, b]", "{ id: x }", "&a x", "*a", "\"\\u00e7\"");
        if (depth <= 0)
        {
            return scalar;
        }
        var key = Gen.Elements("designer", "project", "id", "title", "territory", "sectors", "actors", "kind", "members", "budget", "unknown", "derived", "x");
        var mapping = Gen.ListOf(key.SelectMany(k => Yaml(depth - 1).Select(v => (k, v))))
            .Select(entries => "{ " + string.Join(", ", entries.Take(5).Select(e => $"{e.k}: {e.v}")) + " }");
        var sequence = Gen.ListOf(Yaml(depth - 1)).Select(items => "[" + string.Join(", ", items.Take(5)) + "]");
        return Gen.OneOf(scalar, mapping, sequence);
    }

    [Property(MaxTest = 300)]
    public Property Random_yaml_trees_give_a_project_or_diagnostics() =>
        Prop.ForAll(Arb.From(Yaml(4)), text =>
        {
            var result = ProjectLoader.Load("random.yaml", text);
            var positioned = result.Diagnostics.All(d => d.Span.Line >= 1 && d.Span.Column >= 1 && d.Message.Length > 0);
            return (positioned && (result.Project is not null || result.Diagnostics.Count > 0)).ToProperty();
        });

    [Fact]
    public void Mutated_examples_never_throw()
    {
        var random = new Random(FuzzScale.Seed(7));
        var text = File.ReadAllText(TestPaths.InRepo("examples", "sergipe-apparel.yaml"));
        for (var n = 0; n < 200 * FuzzScale.Factor; n++)
        {
            var sb = new StringBuilder(text);
            for (var k = 0; k < 5; k++)
            {
                var at = random.Next(sb.Length);
                switch (random.Next(3))
                {
                    case 0: sb.Remove(at, Math.Min(random.Next(1, 20), sb.Length - at)); break;
                    case 1: sb.Insert(at, "\n  - { x: [1, \"2\", '=', = : }\n"[random.Next(10)..]); break;
                    default: sb[at] = "\t:-[]{}#&*!|>'\"%@`"[random.Next(18)]; break;
                }
            }
            var result = ProjectLoader.Load("mutated.yaml", sb.ToString());
            Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        }
    }
}
