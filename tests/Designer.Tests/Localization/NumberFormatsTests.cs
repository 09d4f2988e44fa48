using Designer.Localization;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Localization;

public sealed class NumberFormatsTests
{
    [Theory]
    [InlineData(Language.English, "1,080,000.50")]
    [InlineData(Language.Spanish, "1.080.000,50")]
    [InlineData(Language.Portuguese, "1.080.000,50")]
    public void Numbers_group_and_mark_decimals_as_each_language_writes_them(Language language, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(1080000.5, "#,0.00", language));

    [Theory]
    [InlineData(Language.English, "1,080,000", "1,080,000.5", "61.8%", "USD 420,000")]
    [InlineData(Language.Spanish, "1.080.000", "1.080.000,5", "61,8%", "USD 420.000")]
    [InlineData(Language.Portuguese, "1.080.000", "1.080.000,5", "61,8%", "USD 420.000")]
    public void Template_helpers_follow_the_language(Language language, string whole, string fraction, string percent, string money)
    {
        Assert.Equal(whole, TemplateHelpers.Number(1080000, language));
        Assert.Equal(fraction, TemplateHelpers.Number(1080000.5, language));
        Assert.Equal(percent, TemplateHelpers.Percent(0.618, 1, language));
        Assert.Equal(money, TemplateHelpers.Money(420000, "USD", language));
    }

    [Fact]
    public void English_helpers_are_unchanged_by_default()
    {
        Assert.Equal("1,250,000", TemplateHelpers.Number(1250000));
        Assert.Equal("54.3%", TemplateHelpers.Percent(0.5434));
        Assert.Equal("18% → 40% of firms", TemplateHelpers.BaselineTarget(0.18, 0.4, "share of firms"));
        Assert.Equal("3 errors", TemplateHelpers.Plural(3, "error"));
    }

    [Theory]
    [InlineData(Language.English, "1 March 2025", "March 2027", "1,200 firms")]
    [InlineData(Language.Spanish, "1 de marzo de 2025", "marzo de 2027", "1.200 empresas")]
    [InlineData(Language.Portuguese, "1 de março de 2025", "março de 2027", "1.200 empresas")]
    public void Dates_take_the_month_names_of_the_language(Language language, string day, string month, string plural)
    {
        Assert.Equal(day, TemplateHelpers.LongDate("2025-03-01", language));
        Assert.Equal(day, NumberFormats.LongDate(new DateOnly(2025, 3, 1), language));
        Assert.Equal(month, TemplateHelpers.LongDate("2027-03", language));
        Assert.Equal(plural, TemplateHelpers.Plural(1200, language == Language.English ? "firm" : "empresa", null, language));
    }

    [Fact]
    public void Every_month_has_its_name_in_every_language()
    {
        Assert.Equal("September", NumberFormats.MonthName(9, Language.English));
        Assert.Equal("septiembre", NumberFormats.MonthName(9, Language.Spanish));
        Assert.Equal("setembro", NumberFormats.MonthName(9, Language.Portuguese));
        Assert.Equal("diciembre", NumberFormats.MonthName(12, Language.Spanish));
        Assert.Equal("janeiro", NumberFormats.MonthName(1, Language.Portuguese));
    }

    [Fact]
    public void The_date_helper_is_registered_in_the_language_it_was_made_with()
    {
        var helpers = TemplateHelpers.CreateScriptObject(Language.Spanish);
        var template = Scriban.Template.Parse("{{ long_date '2025-03-01' }} · {{ number 1080000.5 }} · {{ percent 0.618 }}");
        var context = new Scriban.TemplateContext();
        context.PushGlobal(helpers);
        Assert.Equal("1 de marzo de 2025 · 1.080.000,5 · 61,8%", template.Render(context));
    }
}
