using System.Text.RegularExpressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;

namespace Designer.Expressions.Compilation;

/// <summary>
/// Compiles a syntax tree into closures, once: macros are expanded, constant sub-trees folded, comprehension
/// variables given slots, and functions linked from the registry. Runtime errors get the span of their node.
/// </summary>
internal sealed class ExpressionCompiler
{
    private readonly ExpressionLimits _limits;
    private readonly List<(string Name, int Slot)> _locals = [];
    private readonly List<ExpressionError> _errors = [];
    private readonly List<ExpressionError> _warnings = [];

    private ExpressionCompiler(ExpressionLimits limits) => _limits = limits;

    public int SlotCount { get; private set; }

    public static (Eval? Eval, int Slots, IReadOnlyList<ExpressionError> Errors, IReadOnlyList<ExpressionError> Warnings) Compile(Expr expr, ExpressionLimits limits)
    {
        var compiler = new ExpressionCompiler(limits);
        var eval = compiler.Node(expr);
        return (compiler._errors.Count == 0 ? eval : null, compiler.SlotCount, compiler._errors, compiler._warnings);
    }

    private Eval Error(Expr at, string message)
    {
        _errors.Add(new ExpressionError(message, at.Start, at.End));
        return static _ => Value.Null;
    }

    private static Eval Constant(Value v) => _ => v;

    /// <summary>Wraps an operation so that an error it produces carries the span of <paramref name="node"/>.</summary>
    private static Value Locate(Value v, Expr node) =>
        v.IsError && v.AsError.ExprStart < 0 ? Value.Error(v.AsError.At(node.Start, node.End)) : v;

    private Eval Node(Expr expr)
    {
        var eval = NodeCore(expr);
        return eval;
    }

    private Eval NodeCore(Expr expr)
    {
        switch (expr)
        {
            case LiteralExpr lit:
                return Constant(lit.Value);
            case MinIntMagnitudeExpr min:
                return Error(min, "integer literal out of range (64-bit)");
            case IdentExpr id:
                return Ident(id);
            case SelectExpr sel:
                return Select(sel);
            case IndexExpr ix:
                {
                    var operand = Node(ix.Operand);
                    var index = Node(ix.Index);
                    return Fold(ix, [ix.Operand, ix.Index], f => Locate(Operators.Index(operand(f), index(f)), ix));
                }
            case ListExpr list:
                return ListLiteral(list);
            case MapExpr map:
                return MapLiteral(map);
            case UnaryExpr un:
                {
                    var operand = Node(un.Operand);
                    Eval e = un.Operator == "!"
                        ? f => Locate(Operators.Not(operand(f)), un)
                        : f => Locate(Operators.Negate(operand(f)), un);
                    return Fold(un, [un.Operand], e);
                }
            case BinaryExpr bin:
                return Binary(bin);
            case ConditionalExpr cond:
                return Conditional(cond);
            case CallExpr call:
                return Call(call);
            default:
                return Error(expr, $"unsupported expression node {expr.GetType().Name}");
        }
    }

    /// <summary>Constant folding: an operation whose operands are all literals is evaluated now, once.</summary>
    private Eval Fold(Expr node, Expr[] operands, Eval eval)
    {
        foreach (var operand in operands)
        {
            if (operand is not LiteralExpr)
            {
                return eval;
            }
        }
        var frame = Frame.Rent(MapScope.Empty, 0, _limits);
        try
        {
            var value = eval(frame);
            return Constant(value);
        }
        finally
        {
            Frame.Return(frame);
        }
    }

    private int FindLocal(string name)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (_locals[i].Name == name)
            {
                return _locals[i].Slot;
            }
        }
        return -1;
    }

    private Eval Ident(IdentExpr id)
    {
        var slot = FindLocal(id.Name);
        if (slot >= 0)
        {
            return f => f.Locals[slot];
        }
        var name = id.Name;
        if (CelType.ByName.TryGetValue(name, out var type))
        {
            var typeValue = Value.Type(type);
            return f => f.Scope.TryResolve(name, out var v) ? v : typeValue;
        }
        return f => f.Scope.TryResolve(name, out var v)
            ? v
            : Value.Error(new CelError($"undeclared reference to '{name}'").At(id.Start, id.End));
    }

    /// <summary>The dotted name of a chain such as <c>a.b.c</c>, when it starts at a free (non-local) name.</summary>
    private string? QualifiedName(Expr expr) => expr switch
    {
        IdentExpr id when FindLocal(id.Name) < 0 => id.Name,
        SelectExpr { TestOnly: false } s when QualifiedName(s.Operand) is { } prefix => prefix + "." + s.Field,
        _ => null,
    };

    private Eval Select(SelectExpr sel)
    {
        var operand = Node(sel.Operand);
        var field = sel.Field;
        if (sel.TestOnly)
        {
            var qualified = QualifiedName(sel.Operand) is { } p ? p + "." + field : null;
            if (qualified is not null)
            {
                return f => f.Scope.HasQualifiedNames && f.Scope.TryResolve(qualified, out _)
                    ? Value.True
                    : Locate(Operators.Has(operand(f), field), sel);
            }
            return Fold(sel, [sel.Operand], f => Locate(Operators.Has(operand(f), field), sel));
        }
        var dotted = QualifiedName(sel);
        if (dotted is not null)
        {
            return f =>
            {
                if (f.Scope.HasQualifiedNames && f.Scope.TryResolve(dotted, out var whole))
                {
                    return whole;
                }
                return Locate(Operators.Select(operand(f), field), sel);
            };
        }
        var site = new FieldSite(string.Intern(field));
        if (sel.Operand is IdentExpr local && FindLocal(local.Name) is var slot && slot >= 0)
        {
            // `i.target` inside a comprehension: read the variable's slot directly, one closure fewer per element.
            return f =>
            {
                var o = f.Locals[slot];
                if (o.Kind == ValueKind.Map && o.AsMap.TryGetHinted(site.Field, ref site.Hint, out var v))
                {
                    return v;
                }
                return Locate(Operators.Select(o, site.Field), sel);
            };
        }
        return Fold(sel, [sel.Operand], f =>
        {
            var o = operand(f);
            if (o.Kind == ValueKind.Map && o.AsMap.TryGetHinted(site.Field, ref site.Hint, out var v))
            {
                return v;
            }
            return Locate(Operators.Select(o, site.Field), sel);
        });
    }

    /// <summary>The inline cache of one field selection in the compiled tree.</summary>
    private sealed class FieldSite(string field)
    {
        public readonly string Field = field;
        public int Hint = -1;
    }

    private Eval ListLiteral(ListExpr list)
    {
        var items = list.Items.Select(Node).ToArray();
        if (list.Items.All(i => i is LiteralExpr))
        {
            var values = list.Items.Select(i => ((LiteralExpr)i).Value).ToArray();
            return Constant(Value.List(new CelList(values)));
        }
        return f =>
        {
            var values = new Value[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var v = items[i](f);
                if (v.IsError)
                {
                    return v;
                }
                values[i] = v;
            }
            return Value.List(new CelList(values));
        };
    }

    private Eval MapLiteral(MapExpr map)
    {
        var keys = map.Entries.Select(e => Node(e.Key)).ToArray();
        var values = map.Entries.Select(e => Node(e.Value)).ToArray();
        Eval eval = f =>
        {
            var entries = new CelMap.Entry[keys.Length];
            var seen = new HashSet<Value>(ValueKeyComparer.Instance);
            for (var i = 0; i < keys.Length; i++)
            {
                var k = keys[i](f);
                if (k.IsError)
                {
                    return k;
                }
                if (k.Kind is not (ValueKind.String or ValueKind.Int or ValueKind.Bool))
                {
                    return Value.Error(new CelError($"unsupported map key type: {k.CelType.Name}").At(map.Entries[i].Key.Start, map.Entries[i].Key.End));
                }
                if (!seen.Add(k))
                {
                    return Value.Error(new CelError($"duplicate map key {ValueFormatter.ToLiteral(k)}").At(map.Entries[i].Key.Start, map.Entries[i].Key.End));
                }
                var v = values[i](f);
                if (v.IsError)
                {
                    return v;
                }
                entries[i] = new CelMap.Entry(k, v);
            }
            return Value.Map(new CelMap(entries, null));
        };
        return Fold(map, [.. map.Entries.SelectMany(e => new[] { e.Key, e.Value })], eval);
    }

    private Eval Binary(BinaryExpr bin)
    {
        var left = Node(bin.Left);
        var right = Node(bin.Right);
        Eval eval;
        switch (bin.Operator)
        {
            case "&&":
                eval = f =>
                {
                    var l = left(f);
                    if (l.Kind == ValueKind.Bool && !l.AsBool)
                    {
                        return Value.False;
                    }
                    var r = right(f);
                    if (r.Kind == ValueKind.Bool && !r.AsBool)
                    {
                        return Value.False;
                    }
                    if (l.Kind == ValueKind.Bool && r.Kind == ValueKind.Bool)
                    {
                        return Value.True;
                    }
                    return Locate(l.IsError ? l : r.IsError ? r : Operators.Overload("&&", l, r), bin);
                };
                break;
            case "||":
                eval = f =>
                {
                    var l = left(f);
                    if (l.IsTrue)
                    {
                        return Value.True;
                    }
                    var r = right(f);
                    if (r.IsTrue)
                    {
                        return Value.True;
                    }
                    if (l.Kind == ValueKind.Bool && r.Kind == ValueKind.Bool)
                    {
                        return Value.False;
                    }
                    return Locate(l.IsError ? l : r.IsError ? r : Operators.Overload("||", l, r), bin);
                };
                break;
            default:
                Func<Value, Value, Value> op = bin.Operator switch
                {
                    "+" => Operators.Add,
                    "-" => Operators.Subtract,
                    "*" => Operators.Multiply,
                    "/" => Operators.Divide,
                    "%" => Operators.Modulo,
                    "==" => Operators.Equal,
                    "!=" => Operators.NotEqual,
                    "<" => Operators.Less,
                    "<=" => Operators.LessOrEqual,
                    ">" => Operators.Greater,
                    ">=" => Operators.GreaterOrEqual,
                    "in" => Operators.In,
                    _ => throw new InvalidOperationException($"unknown operator {bin.Operator}"),
                };
                eval = f => Locate(op(left(f), right(f)), bin);
                break;
        }
        return Fold(bin, [bin.Left, bin.Right], eval);
    }

    private Eval Conditional(ConditionalExpr cond)
    {
        var c = Node(cond.Condition);
        var then = Node(cond.Then);
        var otherwise = Node(cond.Else);
        return f =>
        {
            var v = c(f);
            if (v.Kind == ValueKind.Bool)
            {
                return v.AsBool ? then(f) : otherwise(f);
            }
            return Locate(v.IsError ? v : Value.Error($"no such overload: the condition of ?: is a {v.CelType.Name}, not a bool"), cond.Condition);
        };
    }

    private Eval Call(CallExpr call)
    {
        var name = call.Function;
        if (call.Target is not null && call.Args.Count is 2 or 3 && call.Args[0] is IdentExpr variable
            && name is "all" or "exists" or "exists_one" or "filter" or "map")
        {
            return Comprehension(call, call.Target, variable, call.Args.Skip(1).ToArray());
        }
        if (call.Target is null && name == "count" && call.Args.Count == 3 && call.Args[1] is IdentExpr countVar)
        {
            return Comprehension(call with { Function = "count" }, call.Args[0], countVar, [call.Args[2]]);
        }
        if (call.Target is null && name == "has")
        {
            return Error(call, "has() takes one field selection, such as has(it.baseline)");
        }

        var args = call.Target is null ? call.Args.ToArray() : [call.Target, .. call.Args];
        var def = FunctionRegistry.Find(name, args.Length);
        if (def is null || (call.Target is null && !def.Global) || (call.Target is not null && !def.Member))
        {
            if (!FunctionRegistry.IsKnownName(name))
            {
                // CEL makes an unbound function a runtime error (so `f() || true` is true); the loaders of
                // rule packs and projects still refuse it, from this warning.
                _warnings.Add(new ExpressionError($"unknown function '{name}'", call.Start, call.End));
                var message = $"unknown function '{name}'";
                return f => Value.Error(new CelError(message).At(call.Start, call.End));
            }
            var forms = FunctionRegistry.All.Where(d => d.Name == name).Select(d => d.Signature);
            return Error(call, $"'{name}' is not called like this; use {string.Join(" or ", forms)}");
        }

        var evals = args.Select(Node).ToArray();
        if (name == "matches" && args[1] is LiteralExpr { Value.Kind: ValueKind.String } pattern)
        {
            var regex = FunctionRegistry.BuildRegex(pattern.Value.AsString, _limits, out var regexError);
            if (regex is null)
            {
                return Error(args[1], regexError!);
            }
            var subject = evals[0];
            return f => Locate(FunctionRegistry.Matches(subject(f), pattern.Value, regex, f.Limits), call);
        }

        if (def.Lookup is { } lookup)
        {
            var id = evals[0];
            // Not folded: the element is found in the scope of each evaluation, not at compile time.
            return f =>
            {
                var key = id(f);
                return key.IsError ? key : Locate(lookup(f.Scope, key), call);
            };
        }

        Eval eval;
        switch (def.Arity)
        {
            case 1:
                {
                    var fn = def.Unary!;
                    var a = evals[0];
                    eval = f => Locate(fn(a(f)), call);
                    break;
                }
            case 2:
                {
                    var fn = def.Binary!;
                    var a = evals[0];
                    var b = evals[1];
                    eval = f =>
                    {
                        var x = a(f);
                        if (x.IsError)
                        {
                            return x;
                        }
                        return Locate(fn(x, b(f)), call);
                    };
                    break;
                }
            default:
                {
                    var fn = def.Ternary!;
                    var a = evals[0];
                    var b = evals[1];
                    var c = evals[2];
                    eval = f => Locate(fn(a(f), b(f), c(f)), call);
                    break;
                }
        }
        return Fold(call, args, eval);
    }

    private Eval Comprehension(CallExpr call, Expr rangeExpr, IdentExpr variable, Expr[] body)
    {
        var range = Node(rangeExpr);
        var slot = SlotCount++;
        _locals.Add((variable.Name, slot));
        var first = Node(body[0]);
        var second = body.Length > 1 ? Node(body[1]) : null;
        _locals.RemoveAt(_locals.Count - 1);

        var kind = call.Function;
        if (second is not null && kind != "map")
        {
            return Error(call, $"{kind}() takes a variable and one expression");
        }

        return f =>
        {
            var r = range(f);
            if (r.IsError)
            {
                return r;
            }
            ReadOnlySpan<Value> items;
            Value[]? keys = null;
            if (r.Kind == ValueKind.List)
            {
                items = r.AsList.AsSpan();
            }
            else if (r.Kind == ValueKind.Map)
            {
                var entries = r.AsMap.Entries;
                keys = new Value[entries.Length];
                for (var i = 0; i < entries.Length; i++)
                {
                    keys[i] = entries[i].Key;
                }
                items = keys;
            }
            else
            {
                return Value.Error(new CelError($"no such overload: {kind}() over a {r.CelType.Name}; it needs a list or a map").At(call.Start, call.End));
            }

            var locals = f.Locals;
            Value error = default;
            var hasError = false;
            switch (kind)
            {
                case "all":
                case "exists":
                    {
                        var stopOn = kind == "exists";
                        foreach (var item in items)
                        {
                            if (f.Step())
                            {
                                return TooManyIterations(f, call);
                            }
                            locals[slot] = item;
                            var p = first(f);
                            if (p.Kind == ValueKind.Bool)
                            {
                                if (p.AsBool == stopOn)
                                {
                                    return Value.Bool(stopOn);
                                }
                            }
                            else if (!hasError)
                            {
                                hasError = true;
                                error = p.IsError ? p : Locate(Value.Error($"no such overload: the predicate of {kind}() gave a {p.CelType.Name}"), body[0]);
                            }
                        }
                        return hasError ? error : Value.Bool(!stopOn);
                    }
                case "exists_one":
                case "count":
                    {
                        long n = 0;
                        foreach (var item in items)
                        {
                            if (f.Step())
                            {
                                return TooManyIterations(f, call);
                            }
                            locals[slot] = item;
                            var p = first(f);
                            if (p.Kind != ValueKind.Bool)
                            {
                                return p.IsError ? p : Locate(Value.Error($"no such overload: the predicate of {kind}() gave a {p.CelType.Name}"), body[0]);
                            }
                            if (p.AsBool)
                            {
                                n++;
                            }
                        }
                        return kind == "count" ? Value.Int(n) : Value.Bool(n == 1);
                    }
                case "filter":
                    {
                        var kept = new List<Value>();
                        foreach (var item in items)
                        {
                            if (f.Step())
                            {
                                return TooManyIterations(f, call);
                            }
                            locals[slot] = item;
                            var p = first(f);
                            if (p.Kind != ValueKind.Bool)
                            {
                                return p.IsError ? p : Locate(Value.Error($"no such overload: the predicate of filter() gave a {p.CelType.Name}"), body[0]);
                            }
                            if (p.AsBool)
                            {
                                kept.Add(item);
                            }
                        }
                        return Value.List(new CelList([.. kept]));
                    }
                default:
                    {
                        var mapped = new List<Value>(items.Length);
                        foreach (var item in items)
                        {
                            if (f.Step())
                            {
                                return TooManyIterations(f, call);
                            }
                            locals[slot] = item;
                            if (second is not null)
                            {
                                var p = first(f);
                                if (p.Kind != ValueKind.Bool)
                                {
                                    return p.IsError ? p : Locate(Value.Error($"no such overload: the filter of map() gave a {p.CelType.Name}"), body[0]);
                                }
                                if (!p.AsBool)
                                {
                                    continue;
                                }
                            }
                            var v = (second ?? first)(f);
                            if (v.IsError)
                            {
                                return v;
                            }
                            mapped.Add(v);
                        }
                        return Value.List(new CelList([.. mapped]));
                    }
            }
        };
    }

    private static Value TooManyIterations(Frame f, CallExpr call) =>
        Value.Error(new CelError(f.Iterations > f.Limits.MaxIterations
            ? $"evaluation stopped: more than {f.Limits.MaxIterations:N0} comprehension iterations (limit)"
            : "evaluation stopped: the time budget of the run is spent (limit)").At(call.Start, call.End));
}
