using System.Text.Json;
using Designer.Expressions;
using Designer.Expressions.Runtime;

namespace Designer.Tests.Expressions;

/// <summary>Runs one conformance case and says whether Designer gives CEL's answer, and if not, what it gave.</summary>
public static class ConformanceRunner
{
    public sealed record Outcome(bool Passed, string Detail);

    public static Outcome Run(ConformanceCase c)
    {
        var bindings = new List<CelMap.Entry>();
        foreach (var b in c.Bindings.EnumerateObject())
        {
            var v = ConformanceCase.FromTagged(b.Value);
            if (v is null)
            {
                return new Outcome(false, $"binding '{b.Name}' has a type outside the subset");
            }
            bindings.Add(new CelMap.Entry(Value.String(b.Name), v.Value));
        }
        var scope = new MapScope(new CelMap([.. bindings], null)) { HasQualifiedNames = true };

        Value actual;
        string? compileError = null;
        if (!ExpressionEngine.TryCompile(c.Expr, out var compiled, out var error))
        {
            compileError = error!.Message;
            actual = Value.Error($"compile: {compileError}");
        }
        else
        {
            actual = compiled!.Evaluate(scope);
        }

        if (c.Expect.TryGetProperty("error", out var expectedError))
        {
            // CEL's cases name evaluation errors: a program Designer refuses to compile is not CEL's answer.
            if (compileError is not null)
            {
                return new Outcome(false, $"expected an evaluation error ({expectedError.GetString()}), got a compile error: {compileError}");
            }
            return actual.IsError
                ? new Outcome(true, "evaluation error as expected")
                : new Outcome(false, $"expected an error ({expectedError.GetString()}), got {actual}");
        }
        var expectedTagged = c.Expect.GetProperty("value");
        var expected = ConformanceCase.FromTagged(expectedTagged);
        if (expected is null)
        {
            return new Outcome(false, $"expected value of a type outside the subset: {expectedTagged.GetRawText()}; got {actual}");
        }
        return ConformanceCase.SameValue(actual, expected.Value)
            ? new Outcome(true, "value as expected")
            : new Outcome(false, $"expected {expected.Value}, got {actual}");
    }
}
