using System.Text;
using Designer.Diagnostics;
using Designer.Projects.Yaml;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>
/// The token reader must build exactly the nodes the event reader builds, spans and weights included, and must
/// accept nothing the event parser rejects; what it does not take, the event reader reads.
/// </summary>
public sealed class YamlTokenReaderTests
{
    public static TheoryData<string> RepositoryYamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "examples", "rules", "templates", "src", "tests", "docs" })
        {
            foreach (var path in Directory.EnumerateFiles(TestPaths.InRepo(folder), "*.yaml", SearchOption.AllDirectories)
                .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/'));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Every_yaml_file_of_the_repository_reads_the_same_both_ways(string relativePath)
    {
        var text = File.ReadAllText(TestPaths.InRepo(relativePath));
        AssertSameBothWays(relativePath, text);
    }

    [Theory]
    [InlineData("examples/sergipe-apparel.yaml")]
    [InlineData("examples/huila-coffee.yaml")]
    [InlineData("examples/masaya-furniture.yaml")]
    [InlineData("rules/mif-territorial.yaml")]
    public void The_examples_and_the_built_in_pack_take_the_token_reader(string relativePath)
    {
        var locator = new TextLocator(relativePath, File.ReadAllText(TestPaths.InRepo(relativePath)));
        Assert.True(YamlTokenReader.TryRead(locator, YamlLimits.Default, out var root));
        Assert.IsType<YamlMapping>(root);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("plain scalar")]
    [InlineData("'quoted'")]
    [InlineData("a: 1\nb: two\n")]
    [InlineData("a:\nb:\n  c:\n")]
    [InlineData("a:\n- 1\n-\n- - x\n  - y\nb: 2\n")]
    [InlineData("a:\n  - 1\n  -\n  - k: v\n    l: w\n")]
    [InlineData("- a\n- b: c\n  d: e\n-\n- [x, y]\n")]
    [InlineData("list: [a, b, c]\nmap: { a: 1, b: , c }\nempty: []\nnone: {}\n")]
    [InlineData("trailing: [a, b, ]\nmore: { a: 1, }\n")]
    [InlineData("nested: [[1, 2], [3, [4, 5]], {a: [6]}]\n")]
    [InlineData("flow: { a: { b: { c: d } }, e: [f] }\n")]
    [InlineData("multi: a\n  b\n  c\nnext: \"double\n  quoted\"\n")]
    [InlineData("lit: |\n  one\n  two\nfold: >-\n  three\n  four\nkeep: |+\n  five\n\nend: x\n")]
    [InlineData("a: 1 # comment\n# between\nb: 2\n\n\n")]
    [InlineData("? explicit\n: value\n? alone\nc: d\n")]
    [InlineData("\"quoted key\": 1\n'single': 2\n")]
    [InlineData("crlf: 1\r\nnext:\r\n  - a\r\n  - b\r\n")]
    [InlineData("tab\tinside: value\n")]
    [InlineData("{ a: 1, b: 2 }\n")]
    [InlineData("[a, b]\n")]
    [InlineData("a: {x: 1,\n  y: 2}\nb: [1,\n  2]\n")]
    public void Common_constructs_take_the_token_reader_and_read_the_same(string text) =>
        Assert.True(AssertSameBothWays("snippet.yaml", text), "the event reader read it");

    [Theory]
    [InlineData("statement: Outcome 1: firms cooperate\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: {b: 1\n")]
    [InlineData("a: }\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("---\na: 1\n...\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: *missing\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("[a: b]\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("{a: 1 b: 2}\n")]
    [InlineData("{a: 1} extra\n")]
    [InlineData("[a] ]\n")]
    [InlineData("a: 'unterminated\n")]
    [InlineData("a: b: c\n")]
    [InlineData("- a\n - b\n")]
    [InlineData(": no key\n")]
    [InlineData("a:\n  - b\n  c: d\n")]
    public void Mistakes_and_rarer_constructs_read_the_same_or_go_to_the_event_reader(string text) => AssertSameBothWays("snippet.yaml", text);

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("[a: b]\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: b: c\n")]
    public void What_the_token_reader_leaves_goes_to_the_event_reader(string text)
    {
        var locator = new TextLocator("snippet.yaml", text);
        Assert.False(YamlTokenReader.TryRead(locator, YamlLimits.Default, out _));
    }

    [Fact]
    public void At_the_depth_and_node_limits_the_event_reader_reports()
    {
        var deep = new TextLocator("deep.yaml", "a: [[[1]]]\n");
        Assert.False(YamlTokenReader.TryRead(deep, YamlLimits.Default with { MaxDepth = 3 }, out _));
        Assert.True(YamlTokenReader.TryRead(deep, YamlLimits.Default with { MaxDepth = 4 }, out _));

        // A mapping, a key, a list and three scalars: six nodes.
        var wide = new TextLocator("wide.yaml", "a: [1, 2, 3]\n");
        Assert.False(YamlTokenReader.TryRead(wide, YamlLimits.Default with { MaxNodes = 5 }, out _));
        Assert.True(YamlTokenReader.TryRead(wide, YamlLimits.Default with { MaxNodes = 6 }, out var root));
        Assert.Equal(6, root!.Weight);

        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(deep, bag, YamlLimits.Default with { MaxDepth = 3 }));
        Assert.Equal(DiagnosticCodes.LimitExceeded, Assert.Single(bag.ToOrderedList()).Code);
    }

    /// <summary>
    /// Damaged copies of the examples (a character deleted, doubled or replaced by one of YAML's indicators, with a
    /// fixed seed): whatever the token reader accepts, the event parser accepts too, with the same nodes.
    /// </summary>
    [Theory]
    [InlineData("examples/sergipe-apparel.yaml")]
    [InlineData("examples/huila-coffee.yaml")]
    [InlineData("examples/masaya-furniture.yaml")]
    public void Damaged_files_are_accepted_by_the_token_reader_only_when_the_parser_accepts_them(string relativePath)
    {
        var original = File.ReadAllText(TestPaths.InRepo(relativePath));
        var random = new Random(16);
        const string indicators = ":-?[]{},#&*!|>'\"% \n\t";
        var accepted = 0;
        var rejected = 0;
        for (var i = 0; i < 150; i++)
        {
            var at = random.Next(original.Length);
            var damaged = new StringBuilder(original);
            switch (random.Next(3))
            {
                case 0:
                    damaged.Remove(at, 1);
                    break;
                case 1:
                    damaged.Insert(at, original[at]);
                    break;
                default:
                    damaged[at] = indicators[random.Next(indicators.Length)];
                    break;
            }
            if (AssertSameBothWays($"{relativePath}#{i}", damaged.ToString()))
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }
        // Both kinds occur, so the comparison has been made on both sides.
        Assert.True(accepted > 0 && rejected > 0, $"accepted {accepted}, rejected {rejected}");
    }

    /// <summary>True when the token reader took the text (and then gave the event reader's nodes).</summary>
    private static bool AssertSameBothWays(string file, string text)
    {
        var locator = new TextLocator(file, text);
        var bag = new DiagnosticBag();
        var reference = YamlReader.ReadEvents(locator, bag, YamlLimits.Default);
        if (!YamlTokenReader.TryRead(locator, YamlLimits.Default, out var fast))
        {
            return false;
        }
        Assert.False(bag.HasErrors, $"{file}: the token reader accepted a file the event reader rejects: {string.Join("; ", bag.ToOrderedList().Select(d => d.Message))}");
        AssertSameNode(reference, fast, "(root)");
        return true;
    }

    private static void AssertSameNode(YamlNode? expected, YamlNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected?.KindName ?? "nothing"} against {actual?.KindName ?? "nothing"}");
            return;
        }
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.KindName} against {actual.KindName}");
        Assert.True(expected.Span == actual.Span, $"{path}: span {Describe(expected.Span)} against {Describe(actual.Span)}");
        Assert.True(expected.Weight == actual.Weight, $"{path}: weight {expected.Weight} against {actual.Weight}");
        switch (expected)
        {
            case YamlScalar s:
                var a = (YamlScalar)actual;
                Assert.True(s.Value == a.Value && s.Plain == a.Plain && s.Quoted == a.Quoted, $"{path}: scalar `{s.Value}` ({s.Plain}, {s.Quoted}) against `{a.Value}` ({a.Plain}, {a.Quoted})");
                break;
            case YamlMapping m:
                var am = (YamlMapping)actual;
                Assert.True(m.Entries.Count == am.Entries.Count, $"{path}: {m.Entries.Count} entries against {am.Entries.Count}");
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    AssertSameNode(m.Entries[i].Key, am.Entries[i].Key, $"{path}.key[{i}]");
                    AssertSameNode(m.Entries[i].Value, am.Entries[i].Value, $"{path}.{m.Entries[i].Key.Value}");
                }
                break;
            case YamlSequence q:
                var aq = (YamlSequence)actual;
                Assert.True(q.Items.Count == aq.Items.Count, $"{path}: {q.Items.Count} items against {aq.Items.Count}");
                for (var i = 0; i < q.Items.Count; i++)
                {
                    AssertSameNode(q.Items[i], aq.Items[i], $"{path}[{i}]");
                }
                break;
        }
    }

    private static string Describe(SourceSpan span) =>
        $"{span.Start}-{span.End} ({span.Line}:{span.Column}-{span.EndLine}:{span.EndColumn})";
}
