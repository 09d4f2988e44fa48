namespace Designer.Expressions.Runtime;

/// <summary>The limits that keep a hostile or mistaken expression from crashing or hanging Designer.</summary>
public sealed record ExpressionLimits
{
    public static readonly ExpressionLimits Default = new();

    /// <summary>Longest string an expression may build (by <c>+</c>, <c>join</c>), in characters.</summary>
    public const int MaxStringLength = 1_000_000;

    /// <summary>Longest list an expression may build (by <c>+</c>, <c>flatten</c>), in elements.</summary>
    public const int MaxListLength = 1_000_000;

    /// <summary>Longest expression text accepted, in characters.</summary>
    public int MaxLength { get; init; } = 100_000;

    /// <summary>Deepest syntax tree accepted (operator chains count as depth too).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Most comprehension iterations (all, exists, filter, map, count) in one evaluation.</summary>
    public long MaxIterations { get; init; } = 1_000_000;

    /// <summary>
    /// How long one regular-expression match may run. Every pattern runs in time linear in its input (see
    /// <c>PatternShape</c>), so this guards against an outsized input, not against a pattern; it is measured on the
    /// clock, so a shorter limit made findings depend on how busy the machine was (a 250 ms limit tripped on one match
    /// in 18,000 while a thousand files were checked on a loaded two-core machine).
    /// </summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest regular expression accepted, in characters.</summary>
    public int MaxRegexLength { get; init; } = 2_048;
}
