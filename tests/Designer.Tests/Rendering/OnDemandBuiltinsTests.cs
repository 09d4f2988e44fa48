using System.Text.RegularExpressions;
using Designer.Reporting.Rendering;
using Scriban;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The built-in functions a template sees: Scriban's set, made in full only when a template needs more than the built-in templates use.</summary>
public sealed partial class OnDemandBuiltinsTests
{
    [Fact]
    public void The_names_are_the_names_of_Scriban_s_own_built_in_object()
    {
        var scriban = TemplateContext.GetDefaultBuiltinObject().GetMembers().Order(StringComparer.Ordinal);
        Assert.Equal(scriban, OnDemandBuiltins.Names);
    }

    [Fact]
    public void The_built_in_templates_name_no_built_in_beyond_array_string_and_include()
    {
        var others = OnDemandBuiltins.Names.Except(["array", "string", "include"]).ToList();
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("templates"), "*.sbn"))
        {
            foreach (Match code in CodeBlock().Matches(File.ReadAllText(file)))
            {
                foreach (var name in others)
                {
                    Assert.False(Regex.IsMatch(code.Value, $@"(?<![\w.'""]){Regex.Escape(name)}\b"), $"{Path.GetFileName(file)} names `{name}` in {code.Value}");
                }
            }
        }
    }

    [Fact]
    public void A_template_that_names_another_built_in_gets_the_whole_pinned_set()
    {
        var builtins = new OnDemandBuiltins(new DateOnly(2031, 5, 17));
        Assert.Equal("3", Template.Parse("{{ [1, 2, 3] | array.size }}").Render(new TemplateContext(builtins)));
        Assert.False(builtins.MadeAll);
        Assert.Equal("2031-05-17 17", Template.Parse("{{ date.now | date.to_string '%F' }} {{ -17 | math.abs }}").Render(new TemplateContext(builtins)));
        Assert.True(builtins.MadeAll);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
