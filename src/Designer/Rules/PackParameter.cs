using Designer.Expressions.Runtime;

namespace Designer.Rules;

/// <summary>
/// A threshold a pack sets for its rules: its default, and whether the source document gives it
/// (<c>basis: source</c>) or Designer chose it (<c>basis: designer</c>), with a note saying why.
/// </summary>
public sealed record PackParameter(string Name, Value Value, string Basis, string? Note);
