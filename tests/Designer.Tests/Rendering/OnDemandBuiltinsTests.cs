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

    public static TheoryData<string> HandMadeCalls =>
    [
        "{{ [1, 2, 3] | array.size }}",
        "{{ [] | array.size }}",
        "{{ null | array.size }}",
        "{{ 'abc' | array.size }}",
        "{{ {a: 1, b: 2} | array.size }}",
        "{{ [1, 2.5, 'x', null, true] | array.join ', ' }}",
        "{{ [] | array.join ', ' }}",
        "{{ null | array.join ', ' }}",
        "{{ ['a', 'b'] | array.join ' / ' @(do; ret $0 + '!'; end) }}",
        "{{ array.join ['x'] '-' }}",
        "{{ 'hello world' | string.capitalize }}",
        "{{ '' | string.capitalize }}",
        "{{ null | string.capitalize }}",
        "{{ 42 | string.capitalize }}",
        "{{ 'a-b-c' | string.replace '-' '+' }}",
        "{{ null | string.replace 'a' 'b' }}",
        "{{ 'aaa' | string.replace 'a' '' }}",
        "{{ 7 | string.replace '7' 'seven' }}",
        "{{ array.size }}",
        "{{ string.replace 'x' }}",
    ];

    [Theory]
    [MemberData(nameof(HandMadeCalls))]
    public void A_function_made_by_hand_answers_as_Scriban_s_own(string template)
    {
        var builtins = new OnDemandBuiltins(new DateOnly(2031, 5, 17));
        var expected = Render(template, TemplateContext.GetDefaultBuiltinObject());
        var actual = Render(template, builtins);
        Assert.True(expected == actual, $"Scriban: {expected}\nhere:    {actual}");
        Assert.False(builtins.MadeAll);
    }

    [Fact]
    public void The_names_of_array_and_string_are_Scriban_s_in_its_order()
    {
        Assert.Equal(new Scriban.Functions.ArrayFunctions().Keys, PartialBuiltin.ArrayNames);
        Assert.Equal(new Scriban.Functions.StringFunctions().Keys, PartialBuiltin.StringNames);
        Assert.Equal(PartialBuiltin.ArrayNames, PartialBuiltin.Array().Keys);
        Assert.Equal(PartialBuiltin.StringNames, PartialBuiltin.String().Keys);
    }

    [Fact]
    public void An_extra_argument_to_a_function_made_by_hand_is_named_as_such()
    {
        // Deliberately not Scriban's words: for an imported function it reports "Argument index must be < 1".
        var message = Render("{{ [1] | array.size 2 }}", new OnDemandBuiltins(new DateOnly(2031, 5, 17)));
        Assert.Contains("Invalid number of arguments `2`", message, StringComparison.Ordinal);
        Assert.Contains("expecting `1`", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_another_function_makes_Scriban_s_object_once()
    {
        var array = PartialBuiltin.Array();
        var context = new TemplateContext(new Scriban.Runtime.ScriptObject { ["array"] = array });
        Assert.Equal("3", Template.Parse("{{ [1, 2, 3] | array.size }}").Render(context));
        Assert.False(array.MadeFull);
        Assert.Equal("1", Template.Parse("{{ [3, 1, 2] | array.sort | array.first }}").Render(context));
        Assert.True(array.MadeFull);
    }

    [Fact]
    public void Every_other_function_of_array_and_string_is_Scriban_s_own()
    {
        var builtins = new OnDemandBuiltins(new DateOnly(2031, 5, 17));
        foreach (var template in (string[])["{{ [3, 1, 2] | array.sort | array.first }}", "{{ 'abc' | string.upcase }}", "{{ 'a,b' | string.split ',' | array.size }}", "{{ string | object.keys | array.size }}", "{{ array | object.keys | array.join ',' }}"])
        {
            Assert.Equal(Render(template, TemplateContext.GetDefaultBuiltinObject()), Render(template, builtins));
        }
    }

    [Fact]
    public void The_built_in_templates_call_only_the_functions_of_array_and_string_made_by_hand()
    {
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("templates"), "*.sbn"))
        {
            foreach (Match code in CodeBlock().Matches(File.ReadAllText(file)))
            {
                foreach (Match call in Regex.Matches(code.Value, @"(?<![\w.'""])(array|string)\.(\w+)"))
                {
                    Assert.Contains(call.Groups[2].Value, PartialBuiltin.ByHand[call.Groups[1].Value]);
                }
            }
        }
    }

    /// <summary>The text a template renders to, or the message of the error it stops with.</summary>
    private static string Render(string template, Scriban.Runtime.ScriptObject builtins)
    {
        try
        {
            return Template.Parse(template).Render(new TemplateContext(builtins));
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            return "error: " + e.Message;
        }
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
