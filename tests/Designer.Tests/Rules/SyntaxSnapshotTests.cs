using System.Text;
using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Parsing;
using Designer.Expressions.Runtime;
using Designer.Projects.Yaml;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>
/// The syntax trees of the built-in pack's expressions: made from the pack files in the repository with the grammar,
/// checked in, embedded, and read back as exactly the trees the grammar gives. When an expression or the grammar
/// changes, the first test writes the new snapshot as <c>expressions.ast.received</c> beside the old one and fails:
/// copy it over <c>expressions.ast</c>.
/// </summary>
public sealed class SyntaxSnapshotTests
{
    private static readonly string[] PackFiles = ["mif-territorial.yaml", "mif-territorial.es.yaml", "mif-territorial.pt.yaml"];

    /// <summary>The fields of a rule that hold an expression, and those that hold a message with <c>{{ }}</c> holes.</summary>
    private static readonly string[] ExpressionKeys = ["for_each", "when", "assert"];
    private static readonly string[] MessageKeys = ["message", "help"];

    private static string SnapshotPath => TestPaths.InRepo("src", "Designer", "Rules", "Snapshots", "expressions.ast");

    /// <summary>Every expression text the pack and its translations hold, as the loader and the messages pass them to the engine.</summary>
    private static List<string> PackExpressions()
    {
        var texts = new List<string>();
        foreach (var name in PackFiles)
        {
            var bag = new DiagnosticBag();
            var root = YamlReader.Read("rules/" + name, File.ReadAllText(TestPaths.InRepo("rules", name)), bag);
            Assert.Empty(bag.ToOrderedList());
            Walk(root!, texts);
        }
        return texts;

        static void Walk(YamlNode node, List<string> texts)
        {
            switch (node)
            {
                case YamlMapping map:
                    foreach (var entry in map.Entries)
                    {
                        if (entry.Value is YamlScalar value)
                        {
                            if (ExpressionKeys.Contains(entry.Key.Value))
                            {
                                texts.Add(value.Value);
                            }
                            else if (MessageKeys.Contains(entry.Key.Value))
                            {
                                texts.AddRange(Holes(value.Value));
                            }
                        }
                        Walk(entry.Value, texts);
                    }
                    break;
                case YamlSequence list:
                    foreach (var item in list.Items)
                    {
                        Walk(item, texts);
                    }
                    break;
            }
        }
    }

    /// <summary>The text between each <c>{{</c> and the next <c>}}</c>, as a message template reads its holes.</summary>
    private static IEnumerable<string> Holes(string message)
    {
        var pos = 0;
        while (message.IndexOf("{{", pos, StringComparison.Ordinal) is var open and >= 0
            && message.IndexOf("}}", open + 2, StringComparison.Ordinal) is var close and >= 0)
        {
            yield return message[(open + 2)..close];
            pos = close + 2;
        }
    }

    /// <summary>The tree the grammar itself gives, without the snapshot.</summary>
    private static Expr Parse(string text)
    {
        var result = ExpressionGrammar.Run(text);
        Assert.True(result.WasSuccessful, $"`{text}` does not parse");
        return result.Value;
    }

    private static byte[] One(string text, Expr tree) => SyntaxSnapshot.Write([(text, tree)]);

    [Fact]
    public void The_checked_in_snapshot_holds_every_expression_of_the_pack_as_the_grammar_parses_it()
    {
        var texts = PackExpressions();
        Assert.True(texts.Count > 150, $"only {texts.Count} expressions found in the pack files");
        var made = SyntaxSnapshot.Write(texts.Select(t => (t, Parse(t))));
        var kept = File.Exists(SnapshotPath) ? File.ReadAllBytes(SnapshotPath) : [];
        if (!kept.AsSpan().SequenceEqual(made))
        {
            File.WriteAllBytes(SnapshotPath + ".received", made);
            Assert.Fail($"the pack's expressions or the grammar changed: the snapshot is written as {Path.GetFileName(SnapshotPath)}.received; copy it over {Path.GetFileName(SnapshotPath)}");
        }
    }

    [Fact]
    public void The_embedded_snapshot_gives_the_trees_the_grammar_gives()
    {
        using var embedded = typeof(RulePack).Assembly.GetManifestResourceStream("rules/expressions.ast");
        Assert.NotNull(embedded);
        var trees = SyntaxSnapshot.ReadAll(embedded);
        Assert.NotNull(trees);
        Assert.Equal(PackExpressions().Distinct().Count(), trees.Count);
        foreach (var (text, tree) in trees)
        {
            Assert.Equal(One(text, Parse(text)), One(text, tree));
            Assert.True(SyntaxSnapshot.TryGet(text, out var found));
            Assert.Equal(Parse(text).Depth, found!.Depth);
            Assert.Equal(ExprPrinter.Print(Parse(text)), ExprPrinter.Print(found));
        }
    }

    [Fact]
    public void Every_kind_of_node_reads_back_as_written()
    {
        const string text = "a.b && !has(c.d) ? [1, 2.5, 'x', null, true, -9223372036854775808][i] : {'k': f(x, y), 'l': m.n(z)}.k || u in [v] && -w > 3";
        var tree = Parse(text);
        var trees = SyntaxSnapshot.ReadAll(new MemoryStream(SyntaxSnapshot.Write([(text, tree)])));
        var (readText, readTree) = Assert.Single(trees!);
        Assert.Equal(text, readText);
        Assert.Equal(One(text, tree), One(text, readTree));
        Assert.Equal(ExprPrinter.Print(tree), ExprPrinter.Print(readTree));
        Assert.Equal(tree.Depth, readTree.Depth);
    }

    [Fact]
    public void A_broken_snapshot_is_not_read()
    {
        var bytes = SyntaxSnapshot.Write([("1 + 2", Parse("1 + 2"))]);
        Assert.Null(SyntaxSnapshot.ReadAll(new MemoryStream(bytes[..^2])));
        Assert.Null(SyntaxSnapshot.ReadAll(new MemoryStream([.. bytes, 0])));
        Assert.Null(SyntaxSnapshot.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes("not a snapshot at all"))));
        Assert.NotNull(SyntaxSnapshot.ReadAll(new MemoryStream(bytes)));
    }

    [Fact]
    public void A_text_from_the_snapshot_is_held_to_the_caller_s_limits()
    {
        var text = PackExpressions().MaxBy(t => Parse(t).Depth)!;
        Assert.True(SyntaxSnapshot.TryGet(text, out var tree));
        var limits = ExpressionLimits.Default with { MaxDepth = tree!.Depth - 1 };
        Assert.False(ExpressionEngine.TryParse(text, out _, out var error, limits));
        Assert.Contains("too deep", error!.Message, StringComparison.Ordinal);
        Assert.False(ExpressionEngine.TryParse(text, out _, out error, ExpressionLimits.Default with { MaxLength = text.Length - 1 }));
        Assert.Contains("too long", error!.Message, StringComparison.Ordinal);
        Assert.True(ExpressionEngine.TryParse(text, out var syntax, out _));
        Assert.Equal(ExprPrinter.Print(Parse(text)), ExprPrinter.Print(syntax!));
    }
}
