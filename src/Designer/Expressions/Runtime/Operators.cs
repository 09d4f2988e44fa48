namespace Designer.Expressions.Runtime;

/// <summary>
/// The runtime operators, with CEL's semantics except Designer's two documented deviations:
/// ints and doubles mix in arithmetic (the int is promoted), and <c>/</c> is true division giving a double.
/// Errors are returned as values; the compiler attaches the span of the operator that failed.
/// </summary>
internal static class Operators
{
    public static Value Overload(string op, Value a) =>
        Value.Error($"no such overload: {op}({a.CelType.Name})");

    public static Value Overload(string op, Value a, Value b) =>
        Value.Error($"no such overload: {a.CelType.Name} {op} {b.CelType.Name}" + QuotedNumberHint(a, b));

    /// <summary>`baseline.value * '1.3'`: a number in quotes is text; say so, with the fix.</summary>
    private static string QuotedNumberHint(Value a, Value b)
    {
        var text = a.Kind == ValueKind.String && b.IsNumber ? a.AsString : b.Kind == ValueKind.String && a.IsNumber ? b.AsString : null;
        return text is not null && double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? $"; remove the quotes: '{text}' is text, {text.Trim()} is a number"
            : "";
    }

    /// <summary>CEL equality without errors: numbers compare by value across int and double; other kinds must match.</summary>
    public static bool StrictEquals(Value a, Value b)
    {
        if (a.Kind == b.Kind)
        {
            switch (a.Kind)
            {
                case ValueKind.Null: return true;
                case ValueKind.Bool:
                case ValueKind.Int: return a.AsInt == b.AsInt;
                case ValueKind.Double: return a.AsDouble == b.AsDouble;
                case ValueKind.String: return string.Equals(a.AsString, b.AsString, StringComparison.Ordinal);
                case ValueKind.Type: return ReferenceEquals(a.AsType, b.AsType);
                case ValueKind.List: return ListEquals(a.AsList, b.AsList);
                case ValueKind.Map: return MapEquals(a.AsMap, b.AsMap);
                default: return false;
            }
        }
        if (a.IsNumber && b.IsNumber)
        {
            return a.Kind == ValueKind.Int ? IntEqualsDouble(a.AsInt, b.AsDouble) : IntEqualsDouble(b.AsInt, a.AsDouble);
        }
        return false;
    }

    private static bool IntEqualsDouble(long i, double d) => (double)i == d;

    private static bool ListEquals(CelList x, CelList y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }
        for (var i = 0; i < x.Count; i++)
        {
            if (!StrictEquals(x[i], y[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool MapEquals(CelMap x, CelMap y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }
        foreach (var entry in x.Entries)
        {
            if (!y.TryGet(entry.Key, out var other) || !StrictEquals(entry.Value, other))
            {
                return false;
            }
        }
        return true;
    }

    public static Value Equal(Value a, Value b)
    {
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Value.Bool(StrictEquals(a, b));
    }

    public static Value NotEqual(Value a, Value b)
    {
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Value.Bool(!StrictEquals(a, b));
    }

    /// <summary>Orders two values; null when CEL defines no ordering for them. NaN compares as unordered.</summary>
    public static int? Compare(Value a, Value b)
    {
        if (a.Kind == ValueKind.Int && b.Kind == ValueKind.Int)
        {
            return a.AsInt.CompareTo(b.AsInt);
        }
        if (a.IsNumber && b.IsNumber)
        {
            if (a.Kind == ValueKind.Int)
            {
                return -CompareDoubleInt(b.AsDouble, a.AsInt);
            }
            if (b.Kind == ValueKind.Int)
            {
                return CompareDoubleInt(a.AsDouble, b.AsInt);
            }
            var x = a.AsDouble;
            var y = b.AsDouble;
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return NaNOrder;
            }
            return x.CompareTo(y);
        }
        if (a.Kind != b.Kind)
        {
            return null;
        }
        return a.Kind switch
        {
            ValueKind.String => Math.Sign(string.CompareOrdinal(a.AsString, b.AsString)),
            ValueKind.Bool => a.AsBool.CompareTo(b.AsBool),
            _ => null,
        };
    }

    /// <summary>A marker for "unordered": every comparison with NaN is false.</summary>
    private const int NaNOrder = int.MinValue;

    /// <summary>As CEL does, an int meets a double as a double (2^63 - 1 and 2^63 compare equal).</summary>
    private static int CompareDoubleInt(double d, long i)
    {
        if (double.IsNaN(d))
        {
            return NaNOrder;
        }
        return d.CompareTo((double)i);
    }

    public static Value Less(Value a, Value b) =>
        a.Kind == ValueKind.Int && b.Kind == ValueKind.Int ? Value.Bool(a.AsInt < b.AsInt)
        : a.Kind == ValueKind.Double && b.Kind == ValueKind.Double ? Value.Bool(a.AsDouble < b.AsDouble)
        : Relation(a, b, "<", RelationKind.Less);

    public static Value LessOrEqual(Value a, Value b) =>
        a.Kind == ValueKind.Int && b.Kind == ValueKind.Int ? Value.Bool(a.AsInt <= b.AsInt)
        : a.Kind == ValueKind.Double && b.Kind == ValueKind.Double ? Value.Bool(a.AsDouble <= b.AsDouble)
        : Relation(a, b, "<=", RelationKind.LessOrEqual);

    public static Value Greater(Value a, Value b) =>
        a.Kind == ValueKind.Int && b.Kind == ValueKind.Int ? Value.Bool(a.AsInt > b.AsInt)
        : a.Kind == ValueKind.Double && b.Kind == ValueKind.Double ? Value.Bool(a.AsDouble > b.AsDouble)
        : Relation(a, b, ">", RelationKind.Greater);

    public static Value GreaterOrEqual(Value a, Value b) =>
        a.Kind == ValueKind.Int && b.Kind == ValueKind.Int ? Value.Bool(a.AsInt >= b.AsInt)
        : a.Kind == ValueKind.Double && b.Kind == ValueKind.Double ? Value.Bool(a.AsDouble >= b.AsDouble)
        : Relation(a, b, ">=", RelationKind.GreaterOrEqual);

    private enum RelationKind
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    }

    private static Value Relation(Value a, Value b, string op, RelationKind kind)
    {
        if (a.IsError) return a;
        if (b.IsError) return b;
        var c = Compare(a, b);
        if (c is null)
        {
            return Overload(op, a, b);
        }
        if (c.Value == NaNOrder)
        {
            return Value.False;
        }
        return Value.Bool(kind switch
        {
            RelationKind.Less => c.Value < 0,
            RelationKind.LessOrEqual => c.Value <= 0,
            RelationKind.Greater => c.Value > 0,
            _ => c.Value >= 0,
        });
    }

    public static Value Add(Value a, Value b)
    {
        if (a.Kind == ValueKind.Int && b.Kind == ValueKind.Int)
        {
            var r = a.AsInt + b.AsInt;
            // Overflow when both operands have the same sign and the result's sign differs.
            return ((a.AsInt ^ r) & (b.AsInt ^ r)) < 0 ? Value.Error("integer overflow") : Value.Int(r);
        }
        if (a.IsNumber && b.IsNumber)
        {
            return Value.Double(a.AsNumber + b.AsNumber);
        }
        if (a.IsError) return a;
        if (b.IsError) return b;
        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            if ((long)a.AsString.Length + b.AsString.Length > ExpressionLimits.MaxStringLength)
            {
                return TooLong("string", (long)a.AsString.Length + b.AsString.Length, ExpressionLimits.MaxStringLength, "characters");
            }
            return Value.String(string.Concat(a.AsString, b.AsString));
        }
        if (a.Kind == ValueKind.List && b.Kind == ValueKind.List)
        {
            var x = a.AsList;
            var y = b.AsList;
            if (x.Count == 0) return b;
            if (y.Count == 0) return a;
            if ((long)x.Count + y.Count > ExpressionLimits.MaxListLength)
            {
                return TooLong("list", (long)x.Count + y.Count, ExpressionLimits.MaxListLength, "elements");
            }
            var items = new Value[x.Count + y.Count];
            x.AsSpan().CopyTo(items);
            y.AsSpan().CopyTo(items.AsSpan(x.Count));
            return Value.List(new CelList(items));
        }
        return Overload("+", a, b);
    }

    /// <summary>The error for a string or list that would pass its size limit.</summary>
    public static Value TooLong(string what, long size, int limit, string unit) =>
        Value.Error($"a {what} of {size:N0} {unit} would pass the limit of {limit:N0} (limit)");

    public static Value Subtract(Value a, Value b)
    {
        if (a.Kind == ValueKind.Int && b.Kind == ValueKind.Int)
        {
            var r = a.AsInt - b.AsInt;
            return ((a.AsInt ^ b.AsInt) & (a.AsInt ^ r)) < 0 ? Value.Error("integer overflow") : Value.Int(r);
        }
        if (a.IsNumber && b.IsNumber)
        {
            return Value.Double(a.AsNumber - b.AsNumber);
        }
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Overload("-", a, b);
    }

    public static Value Multiply(Value a, Value b)
    {
        if (a.Kind == ValueKind.Int && b.Kind == ValueKind.Int)
        {
            long r;
            try
            {
                r = checked(a.AsInt * b.AsInt);
            }
            catch (OverflowException)
            {
                return Value.Error("integer overflow");
            }
            return Value.Int(r);
        }
        if (a.IsNumber && b.IsNumber)
        {
            return Value.Double(a.AsNumber * b.AsNumber);
        }
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Overload("*", a, b);
    }

    /// <summary>True division (Designer's deviation): always a double; an int divisor of zero is an error.</summary>
    public static Value Divide(Value a, Value b)
    {
        if (a.IsNumber && b.IsNumber)
        {
            if (b.Kind == ValueKind.Int && b.AsInt == 0)
            {
                return Value.Error("division by zero");
            }
            return Value.Double(a.AsNumber / b.AsNumber);
        }
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Overload("/", a, b);
    }

    public static Value Modulo(Value a, Value b)
    {
        if (a.Kind == ValueKind.Int && b.Kind == ValueKind.Int)
        {
            if (b.AsInt == 0)
            {
                return Value.Error("modulus by zero");
            }
            if (b.AsInt == -1)
            {
                return a.AsInt == long.MinValue ? Value.Error("integer overflow") : Value.Int(0);
            }
            return Value.Int(a.AsInt % b.AsInt);
        }
        if (a.IsError) return a;
        if (b.IsError) return b;
        return Overload("%", a, b);
    }

    public static Value Negate(Value a) => a.Kind switch
    {
        ValueKind.Int => a.AsInt == long.MinValue ? Value.Error("integer overflow") : Value.Int(-a.AsInt),
        ValueKind.Double => Value.Double(-a.AsDouble),
        ValueKind.Error => a,
        _ => Overload("-", a),
    };

    public static Value Not(Value a) => a.Kind switch
    {
        ValueKind.Bool => Value.Bool(!a.AsBool),
        ValueKind.Error => a,
        _ => Overload("!", a),
    };

    public static Value In(Value element, Value container)
    {
        if (element.IsError) return element;
        if (container.IsError) return container;
        switch (container.Kind)
        {
            case ValueKind.List:
                foreach (var item in container.AsList.AsSpan())
                {
                    if (StrictEquals(item, element))
                    {
                        return Value.True;
                    }
                }
                return Value.False;
            case ValueKind.Map:
                return Value.Bool(container.AsMap.ContainsKey(element));
            default:
                return Overload("in", element, container);
        }
    }

    public static Value Index(Value container, Value index)
    {
        if (container.IsError) return container;
        if (index.IsError) return index;
        switch (container.Kind)
        {
            case ValueKind.List:
                long i;
                if (index.Kind == ValueKind.Int)
                {
                    i = index.AsInt;
                }
                else if (index.Kind == ValueKind.Double && index.AsDouble == Math.Floor(index.AsDouble) && !double.IsInfinity(index.AsDouble))
                {
                    i = (long)index.AsDouble;
                }
                else
                {
                    return Overload("[]", container, index);
                }
                var list = container.AsList;
                return i < 0 || i >= list.Count ? Value.Error($"index out of range: {i}") : list[(int)i];
            case ValueKind.Map:
                if (index.Kind is not (ValueKind.String or ValueKind.Int or ValueKind.Double or ValueKind.Bool))
                {
                    return Overload("[]", container, index);
                }
                return container.AsMap.TryGet(index, out var v) ? v : Value.Error($"no such key: {ValueFormatter.ToLiteral(index)}");
            default:
                return Overload("[]", container, index);
        }
    }

    public static Value Select(Value operand, string field)
    {
        if (operand.Kind == ValueKind.Map)
        {
            return operand.AsMap.TryGet(field, out var v) ? v : Value.Error($"no such key: '{field}'");
        }
        if (operand.IsError)
        {
            return operand;
        }
        return Value.Error($"no such field: '{field}' on a value of type {operand.CelType.Name}");
    }

    /// <summary>The presence test of <c>has(a.b)</c>.</summary>
    public static Value Has(Value operand, string field)
    {
        if (operand.Kind == ValueKind.Map)
        {
            return Value.Bool(operand.AsMap.ContainsKey(Value.String(field)));
        }
        if (operand.IsError)
        {
            return operand;
        }
        return Value.Error($"no such overload: has() on a value of type {operand.CelType.Name}");
    }
}
