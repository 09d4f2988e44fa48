using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>The built-in pack's messages compile when their rule first finds something, and read as if compiled at load.</summary>
public sealed class DeferredMessageTests
{
    private static MapScope Scope => new(CelMap.FromPairs([(Value.String("n"), Value.Int(12_500)), (Value.String("name"), Value.String("Café"))]));

    [Fact]
    public void A_deferred_message_renders_as_the_compiled_one()
    {
        const string text = "{{ name }} has {{ n }} members and {{ n * 2 }} seats";
        Assert.True(MessageTemplate.TryCompile(text, Language.Spanish, out var eager, out _, out _));
        var deferred = MessageTemplate.Deferred(text, Language.Spanish);

        Assert.Equal("Café has 12.500 members and 25.000 seats", deferred.Render(Scope));
        Assert.Equal(eager!.Render(Scope), deferred.Render(Scope));
        Assert.Equal(text, deferred.Text);
    }

    [Fact]
    public void A_deferred_message_whose_hole_does_not_compile_says_why_instead_of_failing_the_run()
    {
        var deferred = MessageTemplate.Deferred("before {{ n + }} after", Language.English);
        var rendered = deferred.Render(Scope);
        Assert.StartsWith("<", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("before", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_pack_defers_its_messages_and_still_gives_each_rule_one()
    {
        // Loaded the way the tool loads it; the eager load of the same text is held clean by BuiltInPackTests.
        var (pack, diagnostics) = RulePackLoader.Load("rules/mif-territorial.yaml", File.ReadAllText(TestPaths.InRepo("rules", "mif-territorial.yaml")), deferred: true);
        Assert.Empty(diagnostics);
        var (eager, _) = RulePackLoader.Load("rules/mif-territorial.yaml", File.ReadAllText(TestPaths.InRepo("rules", "mif-territorial.yaml")));
        Assert.Equal(eager!.Rules.Select(r => r.Message.Text), pack!.Rules.Select(r => r.Message.Text));
        // Its rules' test cases are read when asked for, and are the eager ones.
        Assert.Equal(eager.Rules.SelectMany(r => r.PassCases.Concat(r.FailCases)).Select(c => (c.Span, c.Source)),
            pack.Rules.SelectMany(r => r.PassCases.Concat(r.FailCases)).Select(c => (c.Span, c.Source)));
        Assert.Equal(eager.Rules.Sum(r => r.FailCases.Count), RulePackLoader.BuiltIn.Rules.Sum(r => r.FailCases.Count));
    }

    [Fact]
    public void A_pack_with_a_broken_message_is_refused_when_loaded_eagerly_and_accepted_deferred()
    {
        const string yaml = "pack: p\ntitle: P\nrules:\n  - id: P001\n    title: T\n    area: a\n    severity: info\n    lesson: L\n    cite: \"§1\"\n    at: project\n    assert: 'true'\n    message: 'broken {{ 1 + }}'\n";
        var (eager, found) = RulePackLoader.Load("p.yaml", yaml);
        Assert.Null(eager);
        Assert.Contains(found, d => d.Message.Contains("message", StringComparison.OrdinalIgnoreCase));
        var (deferred, none) = RulePackLoader.Load("p.yaml", yaml, deferred: true);
        Assert.DoesNotContain(none, d => d.Severity == Designer.Diagnostics.Severity.Error);
        Assert.NotNull(deferred);
    }
}
