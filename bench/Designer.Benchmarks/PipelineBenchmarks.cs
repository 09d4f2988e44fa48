using System.Text;
using BenchmarkDotNet.Attributes;
using Designer.Projects;
using Designer.Rules;

namespace Designer.Benchmarks;

/// <summary>
/// Load + bind of a typical project and of large ones (500, 1,000 and 2,000 more indicators, a tenth as many more
/// activities), to show the cost grows with the size of the file and no faster.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _typical = "";
    private string _large = "";

    [Params(500, 1000, 2000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _typical = File.ReadAllText(Path.Combine(PipelineBenchmarks.RepoRoot(), "examples", "sergipe-apparel.yaml"));
        _large = PipelineBenchmarks.LargeProject(Indicators, Indicators / 10);
        Console.WriteLine($"// large project: {Indicators} indicators, {_large.Length:N0} characters");
    }

    [Benchmark(Baseline = true)]
    public object Load_typical() => ProjectLoader.Load("typical.yaml", _typical);

    [Benchmark]
    public object Load_large() => ProjectLoader.Load("large.yaml", _large);
}

/// <summary>Checking 1, 100 and 1,000 projects (copies of the examples) with the full pack, on all cores.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Linter _linter = null!;
    private List<(string Path, string Text)> _portfolio = [];

    [Params(1, 100, 1000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _linter = new Linter([RulePackLoader.BuiltIn]);
        var examples = Directory.GetFiles(Path.Combine(RepoRoot(), "examples"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        _portfolio = Enumerable.Range(0, Projects).Select(i => ($"p{i}.yaml", examples[i % examples.Count])).ToList();
    }

    [Benchmark]
    public int Check_portfolio()
    {
        var results = new int[_portfolio.Count];
        Parallel.For(0, _portfolio.Count, i => results[i] = _linter.CheckText(_portfolio[i].Path, _portfolio[i].Text).Findings.Count);
        return results.Sum();
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Designer.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>
    /// <c>examples/sergipe-apparel.yaml</c>, grown by the given number of indicators and activities. Each insertion
    /// point is looked up by its start (the example's words change with its language), and a missing one stops the
    /// benchmark instead of quietly measuring a smaller file.
    /// </summary>
    public static string LargeProject(int indicators, int activities)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "examples", "sergipe-apparel.yaml"));
        var extraActivities = new StringBuilder();
        for (var i = 0; i < activities; i++)
        {
            extraActivities.Append($"      - {{ id: X.{i}, title: Extra activity {i}, output: C4.1, budget: 1000, responsible: sebrae-se, start_month: 1, due_month: 12 }}\n");
        }
        text = InsertAfterLine(text, "      - { id: C4.1.3,", extraActivities.ToString());
        var extraIndicators = new StringBuilder();
        for (var i = 0; i < indicators; i++)
        {
            extraIndicators.Append($"  - id: extra-{i}\n    name: Extra indicator {i}\n    horizon: short\n    level: firm\n    unit: firms\n    baseline: {{ value: {i}, year: 2026, source: survey }}\n    target: = baseline.value * 1.1\n    frequency: yearly\n    means_of_verification: survey\n    responsible: technical-unit\n");
        }
        // The indicators list ends where the top-level `targeting` section starts.
        return InsertAfterLine(text, "targeting:", extraIndicators.ToString(), before: true);
    }

    /// <summary>Inserts after (or before) the line that starts with <paramref name="lineStart"/>.</summary>
    private static string InsertAfterLine(string text, string lineStart, string insert, bool before = false)
    {
        var at = text.IndexOf("\n" + lineStart, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"sergipe-apparel.yaml has no line starting with `{lineStart}`: update the benchmark's insertion point");
        }
        var cut = before ? at + 1 : text.IndexOf('\n', at + 1) + 1;
        return text[..cut] + insert + text[cut..];
    }
}
