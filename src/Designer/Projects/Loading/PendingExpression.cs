using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;

namespace Designer.Projects.Loading;

/// <summary>An <c>=</c> field found while binding to the schema, to be compiled once the whole project is known.</summary>
/// <param name="Path">Where it is, as a dotted path (<c>indicators[2].target</c>).</param>
/// <param name="Owner">The map that holds it; its value is replaced by the result.</param>
/// <param name="Index">The entry of <paramref name="Owner"/> that holds it.</param>
/// <param name="OwnerType">The owner's object type, when the format knows it (not for <c>derived</c>).</param>
/// <param name="Text">The expression text after the <c>=</c>.</param>
/// <param name="TextOffset">Where <paramref name="Text"/> starts in the file.</param>
/// <param name="Span">The whole YAML scalar.</param>
/// <param name="DerivedName">The name under <c>derived</c>, or null for a field of an object.</param>
internal sealed record PendingExpression(string Path, CelMap Owner, int Index, ObjectType? OwnerType, string Text, int TextOffset, SourceSpan Span, string? DerivedName)
{
    public bool IsDerived => DerivedName is not null;
}
