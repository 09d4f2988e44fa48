using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>
/// Numbers in a finding's message read as the message's language writes them: the decimal mark of the language,
/// thousands grouped only from five integer digits up, so years and four-digit counts are never grouped.
/// </summary>
public sealed class MessageNumbersTests
{
    [Theory]
    [InlineData(1080000L, "1,080,000", "1.080.000", "1.080.000")]
    [InlineData(12500L, "12,500", "12.500", "12.500")]
    [InlineData(-15000L, "-15,000", "-15.000", "-15.000")]
    [InlineData(9999L, "9999", "9999", "9999")]
    [InlineData(2031L, "2031", "2031", "2031")]
    [InlineData(48L, "48", "48", "48")]
    public void A_whole_number_is_grouped_from_five_digits_up(long value, string en, string es, string pt) =>
        Assert.Equal((en, es, pt), InEach(Value.Int(value)));

    [Theory]
    [InlineData(0.35, "0.35", "0,35", "0,35")]
    [InlineData(2.5, "2.5", "2,5", "2,5")]
    [InlineData(1350.75, "1350.75", "1350,75", "1350,75")]
    [InlineData(1080000.5, "1,080,000.5", "1.080.000,5", "1.080.000,5")]
    [InlineData(420000.0, "420,000", "420.000", "420.000")]
    [InlineData(2.0, "2", "2", "2")]
    public void A_decimal_takes_the_language_s_mark(double value, string en, string es, string pt) =>
        Assert.Equal((en, es, pt), InEach(Value.Double(value)));

    [Fact]
    public void A_list_writes_each_number_in_the_language() =>
        Assert.Equal(("12,500, 0.5", "12.500, 0,5", "12.500, 0,5"), InEach(Value.List(new CelList([Value.Int(12500), Value.Double(0.5)], null))));

    [Fact]
    public void A_text_is_written_as_it_is() =>
        Assert.Equal(("1.080.000,50", "1.080.000,50", "1.080.000,50"), InEach(Value.String("1.080.000,50")));

    [Fact]
    public void The_sum_of_a_component_s_sources_reads_in_each_language()
    {
        const string project = "designer: 1\ncomponents:\n  - { id: C1, budget: 420000, financing: { mif: 260000, counterpart: 100000.5 } }\n";
        Assert.Equal("Component “C1” has a budget of 420,000, but its sources add up to 360,000.5.", Message(project, "BUD004", Language.English));
        Assert.Equal("El componente “C1” tiene un presupuesto de 420.000, pero sus fuentes suman 360.000,5.", Message(project, "BUD004", Language.Spanish));
        Assert.Equal("O componente “C1” tem orçamento de 420.000, mas suas fontes somam 360.000,5.", Message(project, "BUD004", Language.Portuguese));
    }

    [Fact]
    public void The_years_of_a_component_read_in_each_language()
    {
        const string project = "designer: 1\ncomponents:\n  - { id: C1, budget: 420000, by_year: { 2027: 120000, 2028: 200000 } }\n";
        Assert.Equal("Component “C1” has a budget of 420,000, but its years add up to 320,000.", Message(project, "BUD004", Language.English));
        Assert.Equal("El componente “C1” tiene un presupuesto de 420.000, pero sus años suman 320.000.", Message(project, "BUD004", Language.Spanish));
        Assert.Equal("O componente “C1” tem orçamento de 420.000, mas seus anos somam 320.000.", Message(project, "BUD004", Language.Portuguese));
    }

    [Fact]
    public void A_count_of_participating_firms_is_grouped_only_from_five_digits()
    {
        const string project = "designer: 1\nsectors:\n  - { id: s, name: S, firms: 12000 }\nindicators:\n  - { id: pf, name: Firms, measures: participating-firms, target: 12500 }\n";
        Assert.Equal("Indicator “Firms” targets 12,500 participating firms, more than the 12,000 firms of the strategic sectors.", Message(project, "MON018", Language.English));
        Assert.Equal("El indicador “Firms” tiene una meta de 12.500 empresas participantes, más que las 12.000 empresas de los sectores estratégicos.", Message(project, "MON018", Language.Spanish));
        Assert.Equal("O indicador “Firms” tem como meta 12.500 empresas participantes, mais do que as 12.000 empresas dos setores estratégicos.", Message(project, "MON018", Language.Portuguese));
        const string none = "designer: 1\nsectors:\n  - { id: s, name: S }\nindicators:\n  - { id: pf, name: Firms, measures: participating-firms, target: 400 }\n";
        Assert.Equal("Indicator “Firms” counts participating firms, but no sector states its number of firms to give the share.", Message(none, "MON018", Language.English));
    }

    [Fact]
    public void A_share_of_the_budget_takes_the_language_s_decimal_mark()
    {
        // min_activity_share as a designer.yaml may set it: 2.5% rather than the default 2%.
        const string project = "designer: 1\nproject:\n  budget: { currency: USD, mif: 600000, counterpart: 400000 }\ncomponents:\n  - { id: C1, activities: [{ id: a, budget: 10000 }, { id: b, budget: 11000 }] }\n";
        Assert.Equal("Component “C1” has 2 activities under 2.5% of the project budget; merge or drop the small ones.", Message(project, "DES003", Language.English, 0.025));
        Assert.Equal("El componente “C1” tiene 2 actividades por debajo del 2,5% del presupuesto del proyecto; fusione o elimine las pequeñas.", Message(project, "DES003", Language.Spanish, 0.025));
        Assert.Equal("O componente “C1” tem 2 atividades abaixo de 2,5% do orçamento do projeto; agrupe ou elimine as pequenas.", Message(project, "DES003", Language.Portuguese, 0.025));
    }

    private static (string, string, string) InEach(Value v) =>
        (MessageTemplate.Display(v, Language.English), MessageTemplate.Display(v, Language.Spanish), MessageTemplate.Display(v, Language.Portuguese));

    private static string Message(string text, string ruleId, Language language, double? minActivityShare = null)
    {
        var project = ProjectLoader.Load("p.yaml", text).Project!;
        var rule = RulePackLoader.BuiltIn.In(language).Rules.Single(r => r.Id == ruleId);
        if (minActivityShare is { } share)
        {
            rule = rule.With(rule.Severity, rule.Params.With("min_activity_share", Value.Double(share)));
        }
        return Checker.Check(project, [rule]).Single().Message;
    }
}
