using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The built-in templates parsed ahead of a render: the same documents, and a folder's own template still wins.</summary>
public sealed class PreparedTemplatesTests
{
    [Fact]
    public void Preparing_parses_every_built_in_template_and_changes_no_document()
    {
        var before = RenderTestHelpers.RenderExample("masaya-furniture", new RenderOptions { ToolVersion = "test" });
        DocumentRenderer.Prepare(null);
        Assert.True(DocumentRenderer.PreparedTemplates >= DocumentKinds.All.Count);
        var after = RenderTestHelpers.RenderExample("masaya-furniture", new RenderOptions { ToolVersion = "test" });
        Assert.Equal(before.Files, after.Files);
    }

    [Fact]
    public void A_folder_s_own_template_is_used_after_the_built_in_one_was_prepared()
    {
        DocumentRenderer.Prepare(Designer.Localization.Language.English);
        using var folder = new TempFolder("prepared");
        File.WriteAllText(Path.Combine(folder.FullName, "logframe.sbn"), "# Our own logframe for {{ project.id }}\n");
        var result = RenderTestHelpers.RenderExample("huila-coffee", new RenderOptions { ToolVersion = "test", Documents = ["logframe"], TemplatesFolder = folder.FullName });
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal("# Our own logframe for CO-T1187\n", result.Files.Single(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).Value);
    }
}
