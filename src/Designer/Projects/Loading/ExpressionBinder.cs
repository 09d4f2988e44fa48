using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Ast;
using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects.Schema;
using Designer.Text;

namespace Designer.Projects.Loading;

/// <summary>
/// The last step of loading: compiles every <c>=</c> field, checks the names it uses against the format, and
/// evaluates it — the <c>derived</c> values first, in the order they use each other, with cycles reported.
/// </summary>
internal sealed class ExpressionBinder(TextLocator locator, DiagnosticBag diagnostics, IReadOnlyList<PendingExpression> expressions)
{
    public IReadOnlyList<ComputedField> Bind(CelMap root, ProjectScope scope)
    {
        var derivedNames = expressions.Where(p => p.IsDerived).ToDictionary(p => p.DerivedName!, StringComparer.Ordinal);
        if (root.TryGet("derived", out var derivedMap) && derivedMap.Kind == ValueKind.Map)
        {
            foreach (var entry in derivedMap.AsMap.Entries)
            {
                if (!derivedNames.ContainsKey(entry.Key.AsString))
                {
                    diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("expr.derived-not-expression", ("name", entry.Key.AsString)), entry.ValueSpan!, LocalText.Of("expr.derived-not-expression.hint", ("name", entry.Key.AsString)));
                }
            }
        }
        var compiled = Compile(derivedNames.Keys.ToHashSet(StringComparer.Ordinal));
        scope.Derived = DerivedEvaluator(scope, derivedNames, compiled);

        foreach (var name in derivedNames.Keys)
        {
            scope.Derived(name);
        }
        var computed = new List<ComputedField>();
        foreach (var p in expressions)
        {
            if (!compiled.TryGetValue(p, out var c))
            {
                continue;
            }
            Value v;
            if (p.IsDerived)
            {
                v = scope.Derived(p.DerivedName!)!.Value;
            }
            else
            {
                v = c.Evaluate(new MapScope(p.Owner, scope));
                p.Owner.SetValue(p.Index, v);
            }
            if (v.IsError && !v.AsError.Reported)
            {
                var e = v.AsError;
                var start = e.ExprStart >= 0 ? p.TextOffset + e.ExprStart : p.TextOffset;
                var end = e.ExprEnd >= 0 ? p.TextOffset + e.ExprEnd : p.TextOffset + p.Text.Length;
                diagnostics.Error(DiagnosticCodes.ExpressionEvaluation, LocalText.Of("expr.evaluation-error", ("path", p.Path), ("detail", e.Message)), locator.Span(start, end), LocalText.Of("expr.evaluation-error.hint"));
            }
            else if (!v.IsError)
            {
                CheckComputed(p.OwnerType, p.Path, v, p.Span);
            }
            computed.Add(new ComputedField(p.Path, p.Text.Trim(), v, p.Span));
        }
        return computed;
    }

    private Dictionary<PendingExpression, CompiledExpression> Compile(HashSet<string> derived)
    {
        var compiled = new Dictionary<PendingExpression, CompiledExpression>();
        foreach (var p in expressions)
        {
            if (!ExpressionCache.TryCompile(p.Text, out var c, out var error))
            {
                diagnostics.Error(DiagnosticCodes.ExpressionSyntax, LocalText.Of("expr.in-path", ("path", p.Path), ("detail", error!.Message)), locator.Span(p.TextOffset + error.Start, p.TextOffset + error.End), LocalText.Of("expr.syntax.hint"));
                continue;
            }
            var before = diagnostics.Count;
            CheckNames(p, c!.Syntax, derived);
            foreach (var warning in c.Warnings)
            {
                diagnostics.Error(DiagnosticCodes.ExpressionUnknownName, LocalText.Of("expr.in-path", ("path", p.Path), ("detail", warning.Message)), locator.Span(p.TextOffset + warning.Start, p.TextOffset + warning.End), LocalText.Of("expr.functions.hint"));
            }
            if (diagnostics.Count == before)
            {
                // An expression that names something unknown is reported once, not again when it fails to evaluate.
                compiled[p] = c;
            }
        }
        return compiled;
    }

    /// <summary>Evaluates a derived value on first use, what it uses first; a cycle is reported once, where found.</summary>
    private Func<string, Value?> DerivedEvaluator(ProjectScope scope, Dictionary<string, PendingExpression> derivedNames, Dictionary<PendingExpression, CompiledExpression> compiled)
    {
        var evaluating = new List<string>();
        var results = new Dictionary<string, Value>(StringComparer.Ordinal);
        Value? Evaluate(string name)
        {
            if (!derivedNames.TryGetValue(name, out var p))
            {
                return null;
            }
            if (results.TryGetValue(name, out var done))
            {
                return done;
            }
            if (evaluating.Contains(name))
            {
                var cycle = evaluating.SkipWhile(n => n != name).Append(name);
                var message = LocalText.Of("expr.cycle", ("cycle", string.Join(" → ", cycle)));
                diagnostics.Error(DiagnosticCodes.DerivedCycle, message, locator.Span(p.TextOffset, p.TextOffset + p.Text.Length), LocalText.Of("expr.cycle.hint"));
                return Value.Error(new CelError(message.In(Language.English)) { Reported = true });
            }
            if (!compiled.TryGetValue(p, out var c))
            {
                return Value.Error($"derived value `{name}` has an error");
            }
            evaluating.Add(name);
            // Evaluate what this value uses first, so that `derived.x` reads a computed value, not a placeholder.
            foreach (var used in DerivedNamesUsed(c.Syntax, derivedNames.Keys))
            {
                if (Evaluate(used) is { IsError: true } failed && failed.AsError.Reported)
                {
                    evaluating.RemoveAt(evaluating.Count - 1);
                    results[name] = failed;
                    return failed;
                }
            }
            var v = c.Evaluate(scope);
            evaluating.RemoveAt(evaluating.Count - 1);
            results[name] = v;
            p.Owner.SetValue(p.Index, v);
            return v;
        }
        return Evaluate;
    }

    /// <summary>The derived values an expression names, bare (<c>x</c>) or through the section (<c>derived.x</c>).</summary>
    private static IEnumerable<string> DerivedNamesUsed(Expr syntax, IEnumerable<string> derivedNames)
    {
        var names = derivedNames.ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        ExprWalk.Visit(syntax, (node, locals) =>
        {
            switch (node)
            {
                case IdentExpr id when names.Contains(id.Name) && !locals.Contains(id.Name):
                    found.Add(id.Name);
                    return false;
                case SelectExpr { Operand: IdentExpr { Name: "derived" } } s when names.Contains(s.Field):
                    found.Add(s.Field);
                    return false;
                default:
                    return true;
            }
        });
        return found.Distinct();
    }

    /// <summary>Reports names an expression uses that the project cannot have, with a suggestion.</summary>
    private void CheckNames(PendingExpression p, Expr syntax, HashSet<string> derived)
    {
        ExprWalk.Visit(syntax, (node, locals) =>
        {
            var set = locals as HashSet<string> ?? [.. locals];
            switch (node)
            {
                case IdentExpr id:
                    CheckRootName(p, id, set, derived);
                    return false;
                case SelectExpr sel:
                    // A path the format knows is checked whole; otherwise its parts are visited.
                    return !CheckPath(p, sel, set, derived);
                default:
                    return true;
            }
        });
    }

    private static bool IsKnownRoot(PendingExpression p, string name, HashSet<string> locals, HashSet<string> derived) =>
        locals.Contains(name) || derived.Contains(name) || CelType.ByName.ContainsKey(name)
        || ProjectSchema.Root.Find(name) is not null
        || (p.OwnerType?.Find(name) is not null)
        || p.Owner.ContainsKey(Value.String(name));

    private void CheckRootName(PendingExpression p, IdentExpr id, HashSet<string> locals, HashSet<string> derived)
    {
        if (IsKnownRoot(p, id.Name, locals, derived))
        {
            return;
        }
        var candidates = ProjectSchema.Root.Fields.Select(f => f.Key).Concat(derived).Concat(p.OwnerType?.Fields.Select(f => f.Key) ?? []);
        var suggestion = Suggestions.Closest(id.Name, candidates);
        diagnostics.Error(DiagnosticCodes.ExpressionUnknownName,
            suggestion is null
                ? LocalText.Of("expr.unknown-name", ("path", p.Path), ("name", id.Name))
                : LocalText.Of("expr.unknown-name-suggest", ("path", p.Path), ("name", id.Name), ("suggestion", suggestion)),
            locator.Span(p.TextOffset + id.Start, p.TextOffset + id.End),
            LocalText.Of("expr.unknown-name.hint"));
    }

    /// <summary>Checks <c>a.b.c</c> against the format where the format knows the object; true when handled.</summary>
    private bool CheckPath(PendingExpression p, SelectExpr sel, HashSet<string> locals, HashSet<string> derived)
    {
        var chain = new List<SelectExpr>();
        Expr cursor = sel;
        while (cursor is SelectExpr s && !s.TestOnly)
        {
            chain.Add(s);
            cursor = s.Operand;
        }
        if (cursor is not IdentExpr root || locals.Contains(root.Name) || derived.Contains(root.Name))
        {
            return false;
        }
        if (!IsKnownRoot(p, root.Name, locals, derived))
        {
            CheckRootName(p, root, locals, derived);
            return true;
        }
        SchemaType? type = p.OwnerType?.Find(root.Name)?.Type ?? ProjectSchema.Root.Find(root.Name)?.Type;
        chain.Reverse();
        var path = root.Name;
        foreach (var s in chain)
        {
            if (type is not ObjectType obj)
            {
                break;
            }
            var field = obj.Find(s.Field);
            if (field is null)
            {
                var suggestion = Suggestions.Closest(s.Field, obj.Fields.Select(f => f.Key));
                diagnostics.Error(DiagnosticCodes.ExpressionUnknownName,
                    suggestion is null
                        ? LocalText.Of("expr.no-field", ("path", p.Path), ("object", path), ("field", s.Field))
                        : LocalText.Of("expr.no-field-suggest", ("path", p.Path), ("object", path), ("field", s.Field), ("suggestion", suggestion)),
                    locator.Span(p.TextOffset + s.End - s.Field.Length, p.TextOffset + s.End),
                    LocalText.Of("expr.no-field.hint", ("title", obj.Title), ("fields", string.Join(", ", obj.Fields.Select(f => f.Key)))));
                return true;
            }
            path += "." + s.Field;
            type = field.Type;
        }
        return true;
    }

    /// <summary>A computed field is held to the same finite numbers and ranges as a written one.</summary>
    private void CheckComputed(ObjectType? ownerType, string path, Value value, SourceSpan span)
    {
        var key = path[(path.LastIndexOf('.') + 1)..];
        if (ownerType?.Find(key)?.Type is not ScalarType type || !value.IsNumber)
        {
            return;
        }
        if (value.Kind == ValueKind.Double && !double.IsFinite(value.AsDouble))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("expr.not-finite", ("path", path), ("value", ValueFormatter.ToDisplay(value))), span, LocalText.Of("expr.not-finite.hint"));
            return;
        }
        var n = value.AsNumber;
        if ((type.Min is { } min && n < min) || (type.Max is { } max && n > max))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("expr.out-of-range", ("path", path), ("value", ValueFormatter.ToDisplay(value)), ("min", NumberHints.Grouped(type.Min)), ("max", NumberHints.Grouped(type.Max))), span, LocalText.Of("expr.out-of-range.hint"));
        }
    }
}
