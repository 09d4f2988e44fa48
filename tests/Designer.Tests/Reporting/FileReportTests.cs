using Designer.Reporting;
using Designer.Reporting.Formats;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Reporting;

/// <summary>Reports that let the project model go print exactly what reports that keep it do.</summary>
public sealed class FileReportTests
{
    [Fact]
    public void A_check_that_lets_the_models_go_reports_what_a_check_that_keeps_them_does()
    {
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var files = Directory.GetFiles(TestPaths.InRepo("examples"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        files.Add(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "006-unknown-reference.yaml"));
        files.Add(TestPaths.InRepo("tests", "Designer.Tests", "Cases", "Corpus", "011-yaml-syntax.yaml"));
        var kept = new CheckReport(linter.CheckFiles(files), linter.Rules, "0.1.0");
        var slim = new CheckReport(linter.CheckFiles(files, keepModels: false), linter.Rules, "0.1.0");

        Assert.All(slim.Files, f => Assert.Null(f.Project));
        Assert.Contains(kept.Files, f => f.Project is not null);
        Assert.Contains(kept.Files, f => f.Project is null);
        Assert.Equal(kept.Files.Select(f => f.Project?.Id), slim.Files.Select(f => f.ProjectId));
        Assert.Equal(kept.Files.Select(f => f.Project?.Source.Text), slim.Files.Select(f => f.Source?.Text));
        Assert.Equal(JsonReportWriter.Write(kept), JsonReportWriter.Write(slim));
        Assert.Equal(MarkdownReportWriter.Write(kept), MarkdownReportWriter.Write(slim));
        Assert.Equal(TextReportWriter.Write(kept, paint: null, quiet: false), TextReportWriter.Write(slim, paint: null, quiet: false));
        Assert.Equal(SarifReportWriter.Write(kept), SarifReportWriter.Write(slim));
        Assert.Equal(JUnitReportWriter.Write(kept), JUnitReportWriter.Write(slim));
    }
}
