namespace Designer.Expressions.Ast;

/// <summary>
/// Visits every node of a syntax tree without recursion, telling the visitor which comprehension variables
/// are in scope (so a free name can be told from a bound one). The visitor returns false to skip a node's children.
/// </summary>
public static class ExprWalk
{
    public static void Visit(Expr root, Func<Expr, IReadOnlySet<string>, bool> visitor)
    {
        var stack = new Stack<(Expr Node, HashSet<string> Locals)>();
        stack.Push((root, []));
        while (stack.Count > 0)
        {
            var (node, locals) = stack.Pop();
            if (!visitor(node, locals))
            {
                continue;
            }
            switch (node)
            {
                case SelectExpr s: stack.Push((s.Operand, locals)); break;
                case IndexExpr ix: stack.Push((ix.Operand, locals)); stack.Push((ix.Index, locals)); break;
                case UnaryExpr u: stack.Push((u.Operand, locals)); break;
                case BinaryExpr b: stack.Push((b.Left, locals)); stack.Push((b.Right, locals)); break;
                case ConditionalExpr c: stack.Push((c.Condition, locals)); stack.Push((c.Then, locals)); stack.Push((c.Else, locals)); break;
                case ListExpr l: foreach (var i in l.Items) stack.Push((i, locals)); break;
                case MapExpr m: foreach (var (k, v) in m.Entries) { stack.Push((k, locals)); stack.Push((v, locals)); } break;
                case CallExpr call when call.Target is not null && call.Args.Count >= 2 && call.Args[0] is IdentExpr variable:
                    // A macro: `l.all(x, p)` binds x in its body.
                    stack.Push((call.Target, locals));
                    foreach (var a in call.Args.Skip(1)) stack.Push((a, [.. locals, variable.Name]));
                    break;
                case CallExpr call when call.Target is null && call.Function == "count" && call.Args.Count == 3 && call.Args[1] is IdentExpr countVariable:
                    stack.Push((call.Args[0], locals));
                    stack.Push((call.Args[2], [.. locals, countVariable.Name]));
                    break;
                case CallExpr call:
                    if (call.Target is not null) stack.Push((call.Target, locals));
                    foreach (var a in call.Args) stack.Push((a, locals));
                    break;
            }
        }
    }
}
