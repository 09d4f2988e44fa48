namespace Designer.Reporting.Portfolio;

/// <summary>One proposal of a portfolio as the summary shows it.</summary>
public sealed record PortfolioRow(
    string Path,
    string Id,
    string Title,
    string Country,
    string Currency,
    double Budget,
    double Mif,
    IReadOnlyList<string> Sectors,
    int Errors,
    int Warnings,
    int Infos,
    int? Score,
    string? WeakestDimension,
    string Readiness,
    string? Documents)
{
    /// <summary>The MIF's share of the budget, 0–1 (0 when there is no budget).</summary>
    public double MifShare => Budget > 0 ? Mif / Budget : 0;
}
