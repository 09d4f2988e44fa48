using Designer.Expressions.Runtime;

namespace Designer.Expressions.Compilation;

/// <summary>
/// One function of the language. <see cref="Member"/> allows <c>x.f(a)</c>, <see cref="Global"/> allows <c>f(x, a)</c>;
/// either way the receiver is the first argument. <see cref="Extension"/> marks Designer's additions to CEL.
/// A <see cref="Lookup"/> function reads the scope it is evaluated in (a project's elements by id), so it is never
/// folded at compile time.
/// </summary>
internal sealed record FunctionDefinition(
    string Name,
    int Arity,
    bool Member,
    bool Global,
    bool Extension,
    string Signature,
    string Doc,
    Func<Value, Value>? Unary = null,
    Func<Value, Value, Value>? Binary = null,
    Func<Value, Value, Value, Value>? Ternary = null,
    Func<IScope, Value, Value>? Lookup = null);
