using System.Text;
using Designer.Diagnostics;
using Designer.Projects.Yaml;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>
/// The built-in pack's node snapshots: made from the YAML in the repository, checked in, embedded, and read back
/// as exactly the nodes the YAML reader makes. When a pack file changes, the first test writes the new snapshot
/// as <c>NAME.nodes.received</c> beside the old one and fails: copy it over <c>NAME.nodes</c>.
/// </summary>
public sealed class BuiltInSnapshotTests
{
    /// <summary>The built-in YAML read at every start: the pack, its translations and the documents' label dictionaries.</summary>
    public static TheoryData<string> PackFiles =>
    [
        "rules/mif-territorial.yaml", "rules/mif-territorial.es.yaml", "rules/mif-territorial.pt.yaml",
        "templates/labels.en.yaml", "templates/labels.es.yaml", "templates/labels.pt.yaml",
    ];

    private static string SnapshotPath(string name) => TestPaths.InRepo("src", "Designer", "Rules", "Snapshots", name + ".nodes");

    private static YamlNode Read(string file, string text)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.Read(file, text, bag);
        Assert.Empty(bag.ToOrderedList());
        return root!;
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void The_checked_in_snapshot_is_made_from_the_pack_file_as_it_is(string file)
    {
        var name = Path.GetFileName(file);
        var text = File.ReadAllText(TestPaths.InRepo(file.Split('/')));
        var made = YamlSnapshot.Write(text, Read(file, text));
        Assert.NotNull(made);
        var path = SnapshotPath(name);
        var kept = File.Exists(path) ? File.ReadAllBytes(path) : [];
        if (!kept.AsSpan().SequenceEqual(made))
        {
            File.WriteAllBytes(path + ".received", made);
            Assert.Fail($"{file} changed: its snapshot is written as {Path.GetFileName(path)}.received; copy it over {Path.GetFileName(path)}");
        }
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void The_embedded_snapshot_gives_the_nodes_the_reader_gives(string file)
    {
        var name = Path.GetFileName(file);
        var text = File.ReadAllText(TestPaths.InRepo(file.Split('/')));
        using var embedded = typeof(RulePack).Assembly.GetManifestResourceStream("rules/" + name + ".nodes");
        Assert.NotNull(embedded);
        var fromSnapshot = YamlSnapshot.TryRead(new TextLocator(file, text), embedded);
        Assert.NotNull(fromSnapshot);
        AssertSame(Read(file, text), fromSnapshot);
    }

    public static TheoryData<string> OtherFiles => ["examples/huila-coffee.yaml", "examples/masaya-furniture.yaml", "examples/sergipe-apparel.yaml", "templates/labels.es.yaml"];

    [Theory]
    [MemberData(nameof(OtherFiles))]
    public void Any_file_without_aliases_reads_back_node_for_node(string path)
    {
        var text = File.ReadAllText(TestPaths.InRepo(path.Split('/')));
        var root = Read(path, text);
        using var stream = new MemoryStream(YamlSnapshot.Write(text, root)!);
        AssertSame(root, YamlSnapshot.TryRead(new TextLocator(path, text), stream));
    }

    [Fact]
    public void A_snapshot_of_another_text_or_a_broken_one_is_not_used()
    {
        const string text = "pack: p\nrules:\n  - id: A001\n    title: \"Quoted \\u00e9\"\n    lesson: |\n      Two\n      lines\n";
        var bytes = YamlSnapshot.Write(text, Read("p.yaml", text))!;

        var edited = text.Replace("A001", "A002", StringComparison.Ordinal);
        Assert.Null(YamlSnapshot.TryRead(new TextLocator("p.yaml", edited), new MemoryStream(bytes)));
        Assert.Null(YamlSnapshot.TryRead(new TextLocator("p.yaml", text), new MemoryStream(bytes[..^3])));
        Assert.Null(YamlSnapshot.TryRead(new TextLocator("p.yaml", text), new MemoryStream([.. bytes, 0])));
        Assert.Null(YamlSnapshot.TryRead(new TextLocator("p.yaml", text), new MemoryStream(Encoding.UTF8.GetBytes("not a snapshot at all"))));
        Assert.NotNull(YamlSnapshot.TryRead(new TextLocator("p.yaml", text), new MemoryStream(bytes)));
    }

    [Fact]
    public void A_text_with_an_alias_gets_no_snapshot()
    {
        const string text = "a: &x {b: 1}\nc: *x\n";
        Assert.Null(YamlSnapshot.Write(text, Read("a.yaml", text)));
    }

    [Fact]
    public void A_pack_loaded_through_a_stale_snapshot_is_the_pack_its_text_says()
    {
        var text = File.ReadAllText(TestPaths.InRepo("rules", "mif-territorial.yaml"));
        var stale = YamlSnapshot.Write(text, Read("rules/mif-territorial.yaml", text))!;
        var edited = text.Replace("id: MON001", "id: MON901", StringComparison.Ordinal);
        var (pack, diagnostics) = RulePackLoader.Load("rules/mif-territorial.yaml", edited, deferred: true, new MemoryStream(stale));
        Assert.Empty(diagnostics);
        Assert.Contains(pack!.Rules, r => r.Id == "MON901");
        Assert.DoesNotContain(pack.Rules, r => r.Id == "MON001");
    }

    private static void AssertSame(YamlNode expected, YamlNode? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Span, actual.Span);
        Assert.Equal(expected.Weight, actual.Weight);
        switch (expected)
        {
            case YamlScalar s:
                var a = (YamlScalar)actual;
                Assert.Equal(s.Value, a.Value);
                Assert.Equal(s.Plain, a.Plain);
                Assert.Equal(s.Quoted, a.Quoted);
                break;
            case YamlMapping m:
                var am = (YamlMapping)actual;
                Assert.Equal(m.Entries.Count, am.Entries.Count);
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    AssertSame(m.Entries[i].Key, am.Entries[i].Key);
                    AssertSame(m.Entries[i].Value, am.Entries[i].Value);
                }
                break;
            case YamlSequence q:
                var aq = (YamlSequence)actual;
                Assert.Equal(q.Items.Count, aq.Items.Count);
                for (var i = 0; i < q.Items.Count; i++)
                {
                    AssertSame(q.Items[i], aq.Items[i]);
                }
                break;
        }
    }
}
