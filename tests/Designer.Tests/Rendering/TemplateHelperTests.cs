using System.Reflection;
using System.Text;
using Designer.Reporting.Rendering;
using Scriban;
using Scriban.Syntax;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>The template helpers as Scriban sees them: registered by hand, with Scriban's own argument handling.</summary>
public sealed class TemplateHelperTests
{
    private static string Render(string text)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(TemplateHelpers.CreateScriptObject());
        return template.Render(context);
    }

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    [Fact]
    public void Every_public_helper_is_registered_under_its_snake_case_name_with_its_parameters()
    {
        var methods = typeof(TemplateHelpers).GetMethods(BindingFlags.Public | BindingFlags.Static).ToDictionary(m => SnakeCase(m.Name));
        var registered = TemplateHelpers.CreateScriptObject();
        Assert.Equal(methods.Keys.Order(StringComparer.Ordinal), registered.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, method) in methods)
        {
            var function = Assert.IsType<TemplateFunction>(registered[name]);
            var parameters = method.GetParameters();
            Assert.Equal(parameters.Length, function.ParameterCount);
            Assert.Equal(parameters.Count(p => !p.HasDefaultValue), function.RequiredParameterCount);
            for (var i = 0; i < parameters.Length; i++)
            {
                var info = function.GetParameterInfo(i);
                Assert.Equal((parameters[i].ParameterType, parameters[i].Name, parameters[i].HasDefaultValue), (info.ParameterType, info.Name, info.HasDefaultValue));
                if (parameters[i].HasDefaultValue)
                {
                    Assert.Equal(parameters[i].DefaultValue, info.DefaultValue);
                }
            }
        }
    }

    [Theory]
    [InlineData("{{ number 1250000 }}", "1,250,000")]
    [InlineData("{{ money 420000 'USD' }}", "USD 420,000")]
    [InlineData("{{ money 420000 }}", "420,000")]
    [InlineData("{{ percent 0.5434 }}", "54.3%")]
    [InlineData("{{ percent 0.5434 0 }}", "54%")]
    [InlineData("{{ percent 0.5434 '2' }}", "54.34%")]
    [InlineData("{{ horizon_name 'long' }}", "Long run (impact)")]
    [InlineData("{{ project_month '2027-03' 24 }}", "2029-02")]
    [InlineData("{{ baseline_target 84000 113400 'USD' }}", "84,000 → 113,400 USD")]
    [InlineData("{{ list ['a', 'b'] }}", "a, b")]
    [InlineData("{{ or_dash null }}", "—")]
    [InlineData("{{ 0.25 | percent }}", "25%")]
    public void Helpers_take_their_arguments_as_scriban_passes_them(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Fact]
    public void A_helper_called_with_too_few_or_too_many_arguments_is_a_template_error()
    {
        var few = Assert.Throws<ScriptRuntimeException>(() => Render("{{ project_month '2027-03' }}"));
        Assert.Contains("Invalid number of arguments `1`", few.OriginalMessage, StringComparison.Ordinal);
        var many = Assert.Throws<ScriptRuntimeException>(() => Render("{{ number 1 2 }}"));
        Assert.Contains("Invalid number of arguments `2`", many.OriginalMessage, StringComparison.Ordinal);
    }
}
