using Designer.Projects;
using Designer.Reporting.Rendering;
using Designer.Rules;

namespace Designer.Tests.Rendering;

internal static class RenderTestHelpers
{
    public static readonly string[] Examples = ["sergipe-apparel", "masaya-furniture", "huila-coffee"];

    public static RenderResult RenderExample(string name, RenderOptions? options = null)
    {
        var path = TestPaths.InRepo("examples", name + ".yaml");
        return Render(path, $"examples/{name}.yaml", null, options);
    }

    /// <summary>
    /// An example rendered in English whatever its own language, for tests that read the documents' English words
    /// (the examples' own text stays as written: Masaya's Spanish, Sergipe's Portuguese).
    /// </summary>
    public static RenderResult RenderExampleInEnglish(string name)
    {
        var english = Designer.Localization.Language.English;
        var report = new Linter([RulePackLoader.BuiltIn]) { Language = english }.CheckFile(TestPaths.InRepo("examples", name + ".yaml"), $"examples/{name}.yaml");
        return DocumentRenderer.Render(report.Project!, report.Findings, new RenderOptions { ToolVersion = "test", Language = english }, report.Evaluability);
    }

    public static RenderResult Render(string path, string display, string? text = null, RenderOptions? options = null)
    {
        var linter = new Linter([RulePackLoader.BuiltIn]);
        var report = text is null ? linter.CheckFile(path, display) : linter.CheckText(display, text);
        if (report.Project is null || report.HasStructuralErrors)
        {
            throw new InvalidOperationException(string.Join("\n", report.Diagnostics));
        }
        return DocumentRenderer.Render(report.Project, report.Findings, options ?? new RenderOptions { ToolVersion = "test" }, report.Evaluability);
    }
}
