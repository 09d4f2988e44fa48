using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// The diagrams read: their text is whole (no "…", no word cut in two), fits its box by the width estimate, and the
/// results chain draws one arrow per link of the model, in the SVG and in the Mermaid.
/// </summary>
public sealed partial class DiagramTests
{
    public static TheoryData<string> Examples => new(RenderTestHelpers.Examples);

    private static IEnumerable<CelMap> Maps(CelMap map, string key) =>
        map.TryGet(key, out var v) && v.Kind == ValueKind.List ? v.AsList.Items.Where(i => i.Kind == ValueKind.Map).Select(i => i.AsMap) : [];

    private static string Text(CelMap map, string key) => map.TryGet(key, out var v) && v.Kind == ValueKind.String ? v.AsString : "";

    private static CelMap Root(string example) => ProjectLoader.LoadFile(TestPaths.InRepo("examples", example + ".yaml")).Project!.Root;

    /// <summary>Every string the project file holds, however deep.</summary>
    private static IEnumerable<string> Strings(Value value) => value.Kind switch
    {
        ValueKind.String => [value.AsString],
        ValueKind.List => value.AsList.Items.SelectMany(Strings),
        ValueKind.Map => value.AsMap.Entries.ToArray().Where(e => !(e.Key.Kind == ValueKind.String && e.Key.AsString == "links")).SelectMany(e => Strings(e.Value)),
        _ => [],
    };

    /// <summary>Texts of the results chain by the key the SVG gives its box: results by id, an outcome without one by its place.</summary>
    private static Dictionary<string, string> ChainTexts(CelMap root)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in Maps(root, "components"))
        {
            foreach (var a in Maps(c, "activities"))
            {
                texts[Text(a, "id")] = Text(a, "title");
            }
            foreach (var o in Maps(c, "outputs"))
            {
                texts[Text(o, "id")] = Text(o, "statement");
            }
        }
        var goals = root.TryGet("goals", out var g) ? g.AsMap : CelMap.Empty;
        foreach (var (o, i) in Maps(goals, "outcomes").Select((o, i) => (o, i)))
        {
            texts[Text(o, "id") is { Length: > 0 } id ? id : $"outcome-{i + 1}"] = Text(o, "statement");
        }
        if (goals.TryGet("impact", out var impact) && impact.Kind == ValueKind.Map)
        {
            texts["impact"] = Text(impact.AsMap, "statement");
        }
        return texts;
    }

    /// <summary>The links the project file writes (an activity's output, an output's contributes_to, each outcome to the impact), read without Designer's link resolver.</summary>
    private static List<(string From, string To)> WrittenLinks(CelMap root)
    {
        var links = new List<(string, string)>();
        foreach (var c in Maps(root, "components"))
        {
            links.AddRange(Maps(c, "activities").Where(a => Text(a, "output").Length > 0).Select(a => (Text(a, "id"), Text(a, "output"))));
            foreach (var o in Maps(c, "outputs"))
            {
                if (o.TryGet("contributes_to", out var to) && to.Kind == ValueKind.List)
                {
                    links.AddRange(to.AsList.Items.Select(t => (Text(o, "id"), t.AsString)));
                }
            }
        }
        var goals = root.TryGet("goals", out var g) ? g.AsMap : CelMap.Empty;
        if (goals.TryGet("impact", out var impact) && impact.Kind == ValueKind.Map)
        {
            links.AddRange(Maps(goals, "outcomes").Select((o, i) => (Text(o, "id") is { Length: > 0 } id ? id : $"outcome-{i + 1}", "impact")));
        }
        return links.Order().ToList();
    }

    /// <summary>The words of the diagrams' titles and of every code's words, in every language, capitalised or not.</summary>
    private static IEnumerable<string> DesignerWords() =>
        from language in Languages.All
        let labels = Labels.For(language)
        from key in Labels.BuiltInKeys(language)
        where key.StartsWith("diagram.", StringComparison.Ordinal) || key.StartsWith("code.", StringComparison.Ordinal)
        from word in labels.Text(key).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        from form in new[] { word, char.ToUpperInvariant(word[0]) + word[1..] }
        select form;

    /// <summary>Whether an SVG is the results chain, by its label in whichever language it was drawn.</summary>
    private static bool IsResultsChain(IElement svg) =>
        Languages.All.Any(l => svg.GetAttribute("aria-label") == Labels.For(l).Text("diagram.results-chain"));

    private static List<IElement> Svgs(string example) =>
        RenderTestHelpers.RenderExample(example).Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => new HtmlParser().ParseDocument(f.Value).QuerySelectorAll("figure.diagram svg")).ToList();

    private static double Attr(IElement e, string name) => double.Parse(e.GetAttribute(name)!, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\(?[\d,.]+%?\)?$")]
    private static partial Regex Figure();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Diagram_text_is_never_cut_nor_shortened(string example)
    {
        var root = Root(example);
        var words = Strings(Value.Map(root)).SelectMany(s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        // Words Designer itself writes, in any language: column titles, the sectors' legend, role names.
        words.UnionWith(DesignerWords());
        words.UnionWith(Strings(Value.Map(root)).SelectMany(s => s.Split('-', ' ')));
        var svgs = Svgs(example);
        Assert.NotEmpty(svgs);
        var lines = 0;
        foreach (var text in svgs.SelectMany(s => s.QuerySelectorAll("text")))
        {
            lines++;
            Assert.DoesNotContain("…", text.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("...", text.TextContent, StringComparison.Ordinal);
            foreach (var word in text.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(words.Contains(word) || Figure().IsMatch(word), $"'{word}' in the diagram line '{text.TextContent}' is not a whole word of the project");
            }
        }
        Assert.True(lines > 20, $"only {lines} lines of diagram text");

        // Each result's box holds its whole text: the lines, joined, are the statement as written.
        var expected = ChainTexts(root);
        var chain = svgs.First(IsResultsChain);
        var nodes = chain.QuerySelectorAll("g.node").ToList();
        Assert.Equal(expected.Keys.Order(), nodes.Select(n => n.GetAttribute("data-id")!).Order());
        foreach (var node in nodes)
        {
            var joined = string.Join(" ", node.QuerySelectorAll("text").Select(t => t.TextContent));
            Assert.Equal(string.Join(" ", expected[node.GetAttribute("data-id")!].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), joined);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Diagram_text_fits_its_box_by_the_width_estimate(string example)
    {
        var checkedLines = 0;
        foreach (var svg in Svgs(example))
        {
            var viewWidth = double.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
            foreach (var group in svg.QuerySelectorAll("g.node, g.component"))
            {
                var box = group.QuerySelector("rect.box")!;
                var (left, right) = (Attr(box, "x"), Attr(box, "x") + Attr(box, "width"));
                Assert.True(right <= viewWidth, $"a box ends at {right}, past the diagram's width {viewWidth}");
                foreach (var text in group.QuerySelectorAll("text"))
                {
                    var x = Attr(text, "x");
                    var width = DiagramText.Width(text.TextContent, Attr(text, "font-size"), text.GetAttribute("font-weight") == "bold");
                    Assert.True(x >= left && x + width <= right, $"'{text.TextContent}' spans {x}–{x + width}, its box {left}–{right}");
                    checkedLines++;
                }
            }
        }
        Assert.True(checkedLines > 20, $"only {checkedLines} lines were checked");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Results_chain_arrows_are_the_models_links_one_to_one(string example)
    {
        var root = Root(example);
        var chain = Svgs(example).First(IsResultsChain);
        var arrows = chain.QuerySelectorAll("path.link").ToList();
        var expected = WrittenLinks(root);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, arrows.Select(a => (a.GetAttribute("data-from")!, a.GetAttribute("data-to")!)).Order().ToList());

        // Each arrow starts on its source box's right side and ends just left of its target box.
        var boxes = chain.QuerySelectorAll("g.node").ToDictionary(n => n.GetAttribute("data-id")!, n => n.QuerySelector("rect.box")!);
        foreach (var arrow in arrows)
        {
            var numbers = Regex.Matches(arrow.GetAttribute("d")!, @"-?[\d.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            var (source, target) = (boxes[arrow.GetAttribute("data-from")!], boxes[arrow.GetAttribute("data-to")!]);
            Assert.Equal(Attr(source, "x") + Attr(source, "width"), numbers[0], 1);
            Assert.InRange(numbers[1], Attr(source, "y"), Attr(source, "y") + Attr(source, "height"));
            Assert.Equal(Attr(target, "x") - 1, numbers[^2], 1);
            Assert.InRange(numbers[^1], Attr(target, "y"), Attr(target, "y") + Attr(target, "height"));
        }
    }

    [GeneratedRegex(@"^\s*(\w+)(?:\[\[|\(\[|\[)""([^""]*)""")]
    private static partial Regex MermaidNode();

    [GeneratedRegex(@"^\s*(\w+) --> (\w+)\s*$")]
    private static partial Regex MermaidArrow();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Mermaid_results_chain_runs_top_to_bottom_with_a_subgraph_per_component_and_an_arrow_per_link(string example)
    {
        var root = Root(example);
        var markdown = RenderTestHelpers.RenderExample(example).Files.Single(f => f.Key.EndsWith("-logframe.md", StringComparison.Ordinal)).Value;
        var block = Regex.Match(markdown, "```mermaid\n%% designer:results_chain\n(.*?)```", RegexOptions.Singleline).Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("flowchart TB", block[0]);
        var subgraphs = block.Where(l => l.TrimStart().StartsWith("subgraph ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Maps(root, "components").Select(c => $"{Text(c, "id")} {Text(c, "title")}"), subgraphs.Select(s => Regex.Match(s, "\"(.*)\"").Groups[1].Value));
        Assert.Equal(subgraphs.Count, block.Count(l => l.Trim() == "end"));

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in block)
        {
            if (MermaidNode().Match(line) is { Success: true } m && !line.TrimStart().StartsWith("subgraph", StringComparison.Ordinal))
            {
                var parts = m.Groups[2].Value.Split("<br>");
                Assert.All(parts, p => Assert.True(p.Length <= Diagrams.MermaidLineLength || !p.Contains(' ', StringComparison.Ordinal), $"'{p}' is longer than a Mermaid line"));
                labels[m.Groups[1].Value] = string.Join(" ", parts);
            }
        }
        var texts = ChainTexts(root);
        string Normal(string s) => string.Join(" ", s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var expected = WrittenLinks(root).Select(l => (Normal(texts[l.From]), Normal(texts[l.To]))).Order().ToList();
        var arrows = block.Select(l => MermaidArrow().Match(l)).Where(m => m.Success).Select(m => (labels[m.Groups[1].Value], labels[m.Groups[2].Value])).Order().ToList();
        Assert.Equal(expected, arrows);
        Assert.DoesNotContain("…", markdown, StringComparison.Ordinal);
    }
}
