using System.Text;
using Designer.Projects;
using Designer.Projects.Loading;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>
/// The binder writes a path out only when a message or an expression needs it: the texts and positions are those
/// a path built for every key gave.
/// </summary>
public sealed class BindingPathTests
{
    private static readonly string Valid = File.ReadAllText(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "001-valid.yaml"));

    private static string[] Diagnostics(string text) =>
        ProjectLoader.Load("p.yaml", text).Diagnostics.Select(CorpusTests.Format).ToArray();

    [Fact]
    public void Keys_list_positions_and_years_are_written_as_before()
    {
        var path = new BindingPath();
        Assert.Equal("", path.ToString());
        path.PushKey("components");
        path.PushIndex(0);
        Assert.Equal("components[0]", path.ToString());
        path.PushKey("by_year");
        path.PushYear(2028);
        Assert.Equal("components[0].by_year.2028", path.ToString());
        path.Pop();
        path.Pop();
        path.PushKey("outputs");
        path.PushIndex(12);
        Assert.Equal("components[0].outputs[12]", path.ToString());
        Assert.Equal("components[0].outputs[12].title", path.With("title"));
        path.Pop();
        path.Pop();
        path.Pop();
        path.Pop();
        Assert.Equal(0, path.Depth);
        Assert.Equal("title", path.With("title"));
    }

    [Fact]
    public void A_path_deeper_than_the_first_buffer_is_written_whole()
    {
        var path = new BindingPath();
        var expected = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            path.PushKey("k" + i);
            expected.Append(i == 0 ? "" : ".").Append("k" + i);
            Assert.Equal(expected.ToString(), path.ToString());
        }
        Assert.Equal(40, path.Depth);
    }

    [Fact]
    public void Wrong_type_deep_in_lists_names_the_whole_path()
    {
        var text = Valid.Replace("indicators: [plan] }", "indicators: { a: plan } }", StringComparison.Ordinal);
        Assert.Equal(["24:59: error DSG103: `components[0].outputs[0].indicators` should be a list, found a mapping (key: value pairs)"], Diagnostics(text));
    }

    [Fact]
    public void Duplicate_year_names_its_path_and_the_first_line()
    {
        var text = Valid.Replace("    budget: 1000\n", "    budget: 1000\n    by_year: { 2027: 600,\n      2027: 400 }\n", StringComparison.Ordinal);
        Assert.Equal(["24:7: error DSG105: duplicate year `2027` in `components[0].by_year` (first written at line 23)"], Diagnostics(text));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Duplicate_keys_give_the_same_message_in_short_and_long_mappings(int keys)
    {
        // A long mapping is checked with a table, a short one by looking back: the same message either way.
        var extra = new StringBuilder();
        for (var i = 0; i < keys; i++)
        {
            extra.Append("  note").Append(i).Append(": x\n");
        }
        var text = Valid.Replace("  title: Minimal project\n", "  title: Minimal project\n" + extra + "  title: Again\n", StringComparison.Ordinal);
        var diagnostics = Diagnostics(text);
        Assert.Equal($"{5 + keys}:3: error DSG105: duplicate key `title` (first written at line 4)", diagnostics.Single(d => d.Contains("duplicate", StringComparison.Ordinal)));
        Assert.Equal(keys, diagnostics.Count(d => d.Contains("unknown key `note", StringComparison.Ordinal)));
        Assert.Contains("in `project`", diagnostics.First(d => d.Contains("unknown key `note0`", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_missing_required_key_is_found_in_short_and_long_mappings(int keys)
    {
        var extra = new StringBuilder();
        for (var i = 0; i < keys; i++)
        {
            extra.Append("  note").Append(i).Append(": x\n");
        }
        var text = Valid.Replace("  title: Minimal project\n", extra.ToString(), StringComparison.Ordinal);
        var diagnostics = Diagnostics(text);
        Assert.Single(diagnostics, d => d.Contains("missing required key `title` in `project`", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("missing required key `id`", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expression_keeps_its_path()
    {
        var text = Valid.Replace("target: = baseline.value + 1", "target: = baseline.value / 0", StringComparison.Ordinal);
        Assert.Equal(["30:15: error DSG203: expression in `indicators[0].target` gave an error: division by zero"], Diagnostics(text));
    }
}
