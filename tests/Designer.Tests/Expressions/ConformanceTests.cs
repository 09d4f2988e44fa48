using Xunit;

namespace Designer.Tests.Expressions;

/// <summary>
/// CEL's own conformance cases, read from the shared data folder (never copied into the repository).
/// A case either passes, or is listed in Cases/cel-conformance-exclusions.tsv with its reason; a listed case that
/// passes, or that the data no longer has, fails the suite, so the list stays true.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(() =>
        TestPaths.CelConformance is { } folder ? ConformanceCase.Load(folder).ToList() : []);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Exclusions = new(LoadExclusions);

    internal static IReadOnlyDictionary<string, string> LoadExclusions()
    {
        var path = TestPaths.InRepo("tests", "Designer.Tests", "Cases", "cel-conformance-exclusions.tsv");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            Assert.True(tab > 0, $"exclusion line without a reason: {line}");
            var reason = line[(tab + 1)..].Trim();
            Assert.False(string.IsNullOrWhiteSpace(reason), $"exclusion without a reason: {line}");
            Assert.True(result.TryAdd(line[..tab], reason), $"case listed twice: {line[..tab]}");
        }
        return result;
    }

    public static IEnumerable<object[]> CaseIds()
    {
        var folder = TestPaths.CelConformance;
        if (folder is null)
        {
            yield return ["(data absent)"];
            yield break;
        }
        foreach (var c in Cases.Value)
        {
            yield return [c.Id];
        }
    }

    [SkippableTheory]
    [MemberData(nameof(CaseIds))]
    public void Case_gives_CELs_answer_or_is_listed_with_its_reason(string id)
    {
        if (id == "(data absent)")
        {
            Assert.False(TestPaths.InCi, "CI must have the CEL conformance data at ../shared/conformance/cel or $DESIGNER_CEL_CONFORMANCE");
            Skip.If(true, "CEL conformance data not found: set DESIGNER_CEL_CONFORMANCE to a folder of the converted cel-spec cases (see docs/expressions.md), or place it at ../shared/conformance/cel beside the clone");
        }
        var c = Cases.Value.Single(x => x.Id == id);
        var outcome = ConformanceRunner.Run(c);
        if (Exclusions.Value.TryGetValue(id, out var reason))
        {
            Assert.False(outcome.Passed, $"{id} is listed as not supported ({reason}) but now passes: remove it from the list");
        }
        else
        {
            Assert.True(outcome.Passed, $"{id}: `{c.Expr}`: {outcome.Detail}");
        }
    }

    [SkippableFact]
    public void Every_listed_exclusion_names_a_case_in_the_data()
    {
        Skip.If(TestPaths.CelConformance is null && !TestPaths.InCi, "CEL conformance data not found");
        Assert.NotNull(TestPaths.CelConformance);
        var ids = Cases.Value.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var stale = Exclusions.Value.Keys.Where(k => !ids.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "listed but not in the data: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_exclusion_reason_is_one_of_the_documented_kinds()
    {
        foreach (var (id, reason) in Exclusions.Value)
        {
            Assert.True(
                reason.StartsWith("outside the subset:", StringComparison.Ordinal) || reason.StartsWith("deviation:", StringComparison.Ordinal),
                $"{id}: reason must start with 'outside the subset:' or 'deviation:' — {reason}");
        }
    }
}
