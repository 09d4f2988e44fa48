using System.Text;
using Designer.Expressions.Runtime;

namespace Designer.Expressions.Ast;

/// <summary>Prints a syntax tree back as source text, fully parenthesised, so that re-parsing gives the same tree.</summary>
public static class ExprPrinter
{
    public static string Print(Expr expr)
    {
        var sb = new StringBuilder();
        Write(sb, expr);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr expr)
    {
        switch (expr)
        {
            case LiteralExpr lit:
                if (lit.Value.Kind == ValueKind.Int && lit.Value.AsInt < 0)
                {
                    sb.Append('(').Append(ValueFormatter.ToLiteral(lit.Value)).Append(')');
                }
                else
                {
                    sb.Append(ValueFormatter.ToLiteral(lit.Value));
                }
                break;
            case IdentExpr id: sb.Append(id.Name); break;
            case SelectExpr sel when sel.TestOnly:
                sb.Append("has(");
                Write(sb, sel.Operand);
                sb.Append('.').Append(sel.Field).Append(')');
                break;
            case SelectExpr sel:
                WriteOperand(sb, sel.Operand);
                sb.Append('.').Append(sel.Field);
                break;
            case IndexExpr ix:
                WriteOperand(sb, ix.Operand);
                sb.Append('[');
                Write(sb, ix.Index);
                sb.Append(']');
                break;
            case CallExpr call:
                if (call.Target is not null)
                {
                    WriteOperand(sb, call.Target);
                    sb.Append('.');
                }
                sb.Append(call.Function).Append('(');
                WriteList(sb, call.Args);
                sb.Append(')');
                break;
            case ListExpr list:
                sb.Append('[');
                WriteList(sb, list.Items);
                sb.Append(']');
                break;
            case MapExpr map:
                sb.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, map.Entries[i].Key);
                    sb.Append(": ");
                    Write(sb, map.Entries[i].Value);
                }
                sb.Append('}');
                break;
            case UnaryExpr un:
                sb.Append(un.Operator).Append('(');
                Write(sb, un.Operand);
                sb.Append(')');
                break;
            case BinaryExpr bin:
                sb.Append('(');
                Write(sb, bin.Left);
                sb.Append(' ').Append(bin.Operator).Append(' ');
                Write(sb, bin.Right);
                sb.Append(')');
                break;
            case ConditionalExpr cond:
                sb.Append('(');
                Write(sb, cond.Condition);
                sb.Append(" ? ");
                Write(sb, cond.Then);
                sb.Append(" : ");
                Write(sb, cond.Else);
                sb.Append(')');
                break;
        }
    }

    private static void WriteOperand(StringBuilder sb, Expr operand)
    {
        var simple = operand is IdentExpr or SelectExpr { TestOnly: false } or IndexExpr or CallExpr or ListExpr or MapExpr
            || (operand is LiteralExpr lit && !(lit.Value.Kind is ValueKind.Int or ValueKind.Double));
        if (!simple) sb.Append('(');
        Write(sb, operand);
        if (!simple) sb.Append(')');
    }

    private static void WriteList(StringBuilder sb, IReadOnlyList<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i]);
        }
    }
}
