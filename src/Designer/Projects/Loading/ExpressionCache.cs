using System.Collections.Concurrent;
using Designer.Expressions;

namespace Designer.Projects.Loading;

/// <summary>
/// The <c>=</c> expressions of project files, compiled once per text for the whole process: a file with five hundred
/// indicators whose targets read <c>= baseline.value * 1.1</c>, or a portfolio of proposals made from one template,
/// compiles each text once. A compiled expression holds no state of the file it came from (its positions are
/// relative to its own text, and a rule's expressions are shared across threads the same way), so one can serve
/// every file. The cache stops growing at <see cref="Capacity"/> texts; later texts are compiled each time.
/// </summary>
internal static class ExpressionCache
{
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, CompiledExpression> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles <paramref name="text"/>, or gives the expression compiled before; failures are not kept.</summary>
    public static bool TryCompile(string text, out CompiledExpression? compiled, out ExpressionError? error)
    {
        if (Compiled.TryGetValue(text, out compiled))
        {
            error = null;
            return true;
        }
        if (!ExpressionEngine.TryCompile(text, out compiled, out error))
        {
            return false;
        }
        if (Compiled.Count < Capacity)
        {
            compiled = Compiled.GetOrAdd(text, compiled!);
        }
        return true;
    }

    /// <summary>How many texts are kept (for tests).</summary>
    internal static int Count => Compiled.Count;
}
