using System.Collections;
using System.Collections.Concurrent;
using NCalc;

namespace Designer.Benchmarks;

/// <summary>
/// NCalc as a user would set it up for these rules: parameters from the project, and the list helpers
/// (count, all, any, filter, in, startsWith, contains) as custom functions whose predicate is a
/// sub-expression parsed once and evaluated per element.
/// </summary>
public sealed class NCalcEngine
{
    private static readonly ConcurrentDictionary<string, Expression> Predicates = new();

    public static Expression Parse(string text)
    {
        var e = new Expression(text, ExpressionOptions.NoCache);
        e.HasErrors();
        return e;
    }

    public static Expression Prepare(string text, Dictionary<string, object?> project)
    {
        var e = new Expression(text, ExpressionOptions.NoCache);
        var budget = (Dictionary<string, object?>)project["budget"]!;
        e.Parameters["mif"] = budget["mif"];
        e.Parameters["counterpart"] = budget["counterpart"];
        foreach (var key in new[] { "sectors", "indicators", "governance", "title" })
        {
            e.Parameters[key] = project[key];
        }
        AddFunctions(e);
        return e;
    }

    private static void AddFunctions(Expression e)
    {
        static object? V(NCalc.Handlers.FunctionData a, int i) => a.Evaluate(i);
        e.Functions["count"] = a => ((ICollection)V(a, 0)!).Count;
        e.Functions["all"] = a => Each((IList)V(a, 0)!, (string)V(a, 1)!, "all");
        e.Functions["any"] = a => Each((IList)V(a, 0)!, (string)V(a, 1)!, "any");
        e.Functions["filter"] = a => Each((IList)V(a, 0)!, (string)V(a, 1)!, "filter");
        e.Functions["in"] = a => ((IList)V(a, 1)!).Contains(V(a, 0));
        e.Functions["startsWith"] = a => ((string)V(a, 0)!).StartsWith((string)V(a, 1)!, StringComparison.Ordinal);
        e.Functions["contains"] = a => ((string)V(a, 0)!).Contains((string)V(a, 1)!, StringComparison.Ordinal);
    }

    private static object? Each(IList items, string predicateText, string kind)
    {
        var predicate = Predicates.GetOrAdd(predicateText, p =>
        {
            var sub = new Expression(p, ExpressionOptions.NoCache);
            AddFunctions(sub);
            return sub;
        });
        var kept = kind == "filter" ? new List<object?>() : null;
        foreach (Dictionary<string, object?> item in items)
        {
            foreach (var (k, v) in item)
            {
                predicate.Parameters[k] = v;
            }
            var ok = (bool)predicate.Evaluate()!;
            if (kind == "all" && !ok) return false;
            if (kind == "any" && ok) return true;
            if (ok) kept?.Add(item);
        }
        return kind == "filter" ? kept : kind == "all";
    }
}
