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
            // The language and its labels are the render's, bound when the helpers are registered; a template never passes them.
            var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(Designer.Localization.Language) && p.ParameterType != typeof(Labels)).ToArray();
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
    [InlineData("{{ baseline_target 0.18 0.4 'share of firms' }}", "18% → 40% of firms")]
    [InlineData("{{ baseline_target 0.52 0.6 'share' }}", "52% → 60%")]
    [InlineData("{{ baseline_target null null 'firms' }}", "not stated")]
    [InlineData("{{ baseline_target null 250 'workshops' }}", "— → 250 workshops")]
    [InlineData("{{ measure 0.52 'Share' }}", "52%")]
    [InlineData("{{ measure 0.52 'shares traded' }}", "0.52")]
    [InlineData("{{ measure 113400 'USD' }}", "113,400")]
    [InlineData("{{ measure null 'USD' }}", "—")]
    [InlineData("{{ unit_text 'share of firms' }}", "% of firms")]
    [InlineData("{{ unit_text 'share' }}", "%")]
    [InlineData("{{ unit_text 'USD per year' }}", "USD per year")]
    [InlineData("{{ unit_text null }}", "—")]
    [InlineData("{{ baseline_text { value: 0.52, year: 2026, source: 'firm survey' } 'share' }}", "52% (2026; firm survey)")]
    [InlineData("{{ baseline_text { value: 1, year: 2026 } }}", "1 (2026)")]
    [InlineData("{{ baseline_text { year: 2026, source: 'registers' } }}", "value not stated (2026; registers)")]
    [InlineData("{{ baseline_text { status: 'to-be-collected' } }}", "to be collected")]
    [InlineData("{{ baseline_text {} }}", "—")]
    [InlineData("{{ baseline_text null }}", "—")]
    [InlineData("{{ words 'control-group' }}", "control group")]
    [InlineData("{{ words 'lessons_learned' }}", "lessons learned")]
    [InlineData("{{ plural 1 'error' }}", "1 error")]
    [InlineData("{{ plural 0 'error' }}", "0 errors")]
    [InlineData("{{ plural 3 'information note' }}", "3 information notes")]
    [InlineData("{{ plural 2 'body' 'bodies' }}", "2 bodies")]
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
