namespace Designer.Reporting.Rendering;

/// <summary>
/// The names a board reads for the rule areas of the built-in pack. An area this table does not know (an
/// agency's own pack) prints as its code in words with a capital, "public-sector" → "Public sector".
/// </summary>
/// <remarks>
/// Kept beside the review rather than in the rule pack: the render model sees findings, not packs, and a name for
/// an area is a matter of presentation, like the severity headings.
/// </remarks>
internal static class AreaNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["territory"] = "Territory",
        ["sectors"] = "Strategic sectors",
        ["diagnosis"] = "Diagnosis",
        ["governance"] = "Governance",
        ["design"] = "Design process",
        ["components"] = "Components",
        ["logic"] = "Results chain",
        ["monitoring"] = "Monitoring and evaluation",
        ["inclusion"] = "Pro-poor targeting and inclusion",
        ["sustainability"] = "Sustainability",
        ["environment"] = "Environment",
        ["innovation"] = "Innovation",
        ["public-sector"] = "Role of the public sector",
        ["risks"] = "Risks",
        ["budget"] = "Budget",
    };

    /// <summary>The area's display name. <c>Of("logic")</c> → <c>Results chain</c>.</summary>
    public static string Of(string area)
    {
        if (Known.TryGetValue(area, out var name))
        {
            return name;
        }
        var words = area.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Other" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
