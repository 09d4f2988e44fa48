using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Reporting.Diff;
using Designer.Reporting.Portfolio;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Localization;

/// <summary>
/// The words of `serve`, `portfolio` and `diff`: every key their code names (whole, or as a prefix it completes with a
/// severity, a status or a readiness) is in the English catalog or dictionary, so no language falls back to a blank.
/// </summary>
public sealed partial class CommandWordsTests
{
    [GeneratedRegex(@"""((?:diff|serve|portfolio|severity-word)\.[a-z.\-]*)""")]
    private static partial Regex KeyLiteral();

    private static readonly string[] Files =
    [
        "src/Designer/Reporting/Diff/DiffWriters.cs",
        "src/Designer/Reporting/Portfolio/PortfolioWriters.cs",
        "src/Designer.Cli/Serve/LivePreview.cs",
        "src/Designer.Cli/Serve/PreviewPage.cs",
        "src/Designer.Cli/Serve/PreviewServer.cs",
    ];

    [Fact]
    public void Every_key_the_three_commands_name_exists_in_english()
    {
        var labels = Labels.BuiltInKeys(Language.English);
        var catalog = MessageCatalog.For(Language.English).Texts.Keys.ToList();
        var keys = Files.SelectMany(f => KeyLiteral().Matches(File.ReadAllText(TestPaths.InRepo(f.Split('/')))).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.True(keys.Count > 40, $"only {keys.Count} keys found: the pattern no longer matches the code");
        var missing = keys
            .Where(k => !(k.StartsWith("diff.", StringComparison.Ordinal) ? catalog : labels).Any(x => k.EndsWith('.') ? x.StartsWith(k, StringComparison.Ordinal) : x == k))
            .ToList();
        Assert.True(missing.Count == 0, "not in messages.en.yaml or labels.en.yaml: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(Language.English, "error warning info", "resolved introduced open")]
    [InlineData(Language.Spanish, "error advertencia información", "resuelto nuevo abierto")]
    [InlineData(Language.Portuguese, "erro alerta informação", "resolvida nova aberta")]
    public void Every_severity_and_status_has_its_word(Language language, string severities, string statuses)
    {
        var order = new[] { Severity.Error, Severity.Warning, Severity.Info };
        Assert.Equal(severities, string.Join(' ', order.Select(s => Localizer.Text(language, "diff.severity." + s.ToName()))));
        Assert.Equal(severities, string.Join(' ', order.Select(s => Labels.For(language).Text("severity-word." + s.ToName()))));
        Assert.Equal(statuses, string.Join(' ', Enum.GetValues<FindingStatus>().Select(s => Localizer.Text(language, "diff.status." + DiffWriters.StatusName(s)))));
    }

    [Theory]
    [InlineData(Language.English, "1 ready|2 ready|1 revise|2 revise|1 blocked|2 blocked|1 not checked|2 not checked", "ready|revise|blocked|not checked")]
    [InlineData(Language.Spanish, "1 lista|2 listas|1 por revisar|2 por revisar|1 bloqueada|2 bloqueadas|1 sin verificar|2 sin verificar", "lista|por revisar|bloqueada|sin verificar")]
    [InlineData(Language.Portuguese, "1 pronta|2 prontas|1 a revisar|2 a revisar|1 bloqueada|2 bloqueadas|1 não verificada|2 não verificadas", "pronta|a revisar|bloqueada|não verificada")]
    public void Every_readiness_has_its_word_and_its_count(Language language, string counts, string words)
    {
        var l = Labels.For(language);
        var readiness = new[] { PortfolioSummary.Ready, PortfolioSummary.Revise, PortfolioSummary.Blocked, PortfolioSummary.NotChecked }.Select(r => r.Replace(' ', '-')).ToList();
        Assert.Equal(counts, string.Join('|', readiness.SelectMany(r => new[] { 1, 2 }.Select(n => l.Plural("portfolio.count." + r, n)))));
        Assert.Equal(words, string.Join('|', readiness.Select(r => l.Text("portfolio.readiness." + r))));
    }
}
