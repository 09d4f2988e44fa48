using Designer.Text;
using Xunit;

namespace Designer.Tests.Text;

/// <summary>The comparer the reference checker's table of lookalike ids uses finds the same ids as their keys.</summary>
public sealed class IdFoldingTests
{
    private static readonly string Long = new('x', 200);

    public static TheoryData<string, string> Pairs => new()
    {
        { "C1.1", "c1.1" },
        { "C1.1", "C1.2" },
        { "sebrae-se", "Sebrae-SE" },
        { "c\u00e1mara", "C\u00c1MARA" },
        { "ca\u0301mara", "CA\u0301MARA" },
        { "ca\u0301mara", "c\u00e1mara" },
        { "\U00010400x", "\U00010428x" },
        { "\U00010400x", "\U00010400y" },
        { "\u0130d", "i\u0307d" },
        { "\u212Aey", "key" },
        { "a", "ab" },
        { Long + "A", Long + "a" },
        { Long + "A", Long + "b" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Decomposed_ids_compared_as_lower_case_meet_where_their_keys_are_equal(string a, string b)
    {
        var da = IdFolding.Decompose(a);
        var db = IdFolding.Decompose(b);
        var sameKey = string.Equals(IdFolding.Key(a), IdFolding.Key(b), StringComparison.Ordinal);

        Assert.Equal(sameKey, IdFolding.CaseFolded.Equals(da, db));
        if (sameKey)
        {
            Assert.Equal(IdFolding.CaseFolded.GetHashCode(da), IdFolding.CaseFolded.GetHashCode(db));
        }
    }

    [Fact]
    public void The_table_keeps_the_first_of_ids_that_differ_only_by_case()
    {
        var table = new Dictionary<string, string>(IdFolding.CaseFolded);
        foreach (var id in new[] { "C1.1", "c1.1", "C1.2", "Sebrae-SE", "sebrae-se" })
        {
            table.TryAdd(IdFolding.Decompose(id), id);
        }

        Assert.Equal(["C1.1", "C1.2", "Sebrae-SE"], table.Values);
        Assert.True(table.ContainsKey("SEBRAE-se"));
    }
}
