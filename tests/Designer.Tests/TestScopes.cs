using Designer.Expressions.Runtime;

namespace Designer.Tests;

/// <summary>Small scopes for expression tests: a project-like map with budget, sectors, indicators and a title.</summary>
internal static class TestScopes
{
    public static readonly MapScope Sample = new(Value.From(new Dictionary<string, object?>
    {
        ["budget"] = new Dictionary<string, object?> { ["mif"] = 1_250_000L, ["counterpart"] = 1_050_000L },
        ["title"] = "Territorial SME competitiveness",
        ["sectors"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "apparel", ["firms"] = 1350L } },
        ["indicators"] = new List<object?>
        {
            new Dictionary<string, object?> { ["id"] = "a", ["horizon"] = "long", ["baseline"] = 10L, ["target"] = 15.5 },
            new Dictionary<string, object?> { ["id"] = "b", ["horizon"] = "short", ["baseline"] = 0L, ["target"] = 1L },
        },
        ["empty"] = new List<object?>(),
    }).AsMap);
}
