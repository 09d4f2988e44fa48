using System.Reflection;
using System.Reflection.Emit;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Architecture;

/// <summary>
/// The library's namespaces depend one way: Diagnostics ← Expressions ← Projects ← Rules ← Reporting, with the
/// small shared helpers (<c>Designer</c>, <c>Designer.Text</c>) beneath them all and the safe file reader
/// (<c>Designer.Files</c>) just above the diagnostics it reports into. Every type's signatures and
/// method bodies (IL tokens, so lambdas and local functions count) are read; a use of a higher layer fails.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] Layers =
    [
        "Designer",
        "Designer.Text",
        "Designer.Localization",
        "Designer.Diagnostics",
        "Designer.Files",
        "Designer.Expressions",
        "Designer.Projects",
        "Designer.Rules",
        "Designer.Reporting",
    ];

    private static int LayerOf(string ns)
    {
        for (var i = Layers.Length - 1; i >= 0; i--)
        {
            if (ns == Layers[i] || ns.StartsWith(Layers[i] + ".", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var unplaced = typeof(ProjectLoader).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith("Designer", StringComparison.Ordinal) && LayerOf(ns) < 0)
            .Distinct()
            .ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void No_type_uses_a_type_of_a_higher_layer()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(ProjectLoader).Assembly.GetTypes())
        {
            if (type.Namespace is not { } ns || LayerOf(ns) < 0)
            {
                continue;
            }
            var from = LayerOf(ns);
            foreach (var used in TypesUsedBy(type))
            {
                if (used.Namespace is { } usedNs && LayerOf(usedNs) > from && used.Assembly == type.Assembly)
                {
                    violations.Add($"{Outer(type).FullName} ({ns}) uses {used.FullName} ({usedNs})");
                }
            }
        }
        Assert.Empty(violations);
    }

    [Fact]
    public void The_checker_finds_a_use_in_a_method_body()
    {
        // Guards the guard: a lambda's body is in a compiler-made nested type and is only visible through IL.
        Func<object> make = () => new Designer.Rules.FileReport("x", null, [], []);
        var used = TypesUsedBy(typeof(DependencyDirectionTests)).Concat(typeof(DependencyDirectionTests).GetNestedTypes(BindingFlags.NonPublic).SelectMany(TypesUsedBy));
        Assert.Contains(typeof(Designer.Rules.FileReport), used);
        Assert.NotNull(make);
    }

    private static Type Outer(Type t) => t.DeclaringType is null ? t : Outer(t.DeclaringType);

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t))
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }
            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    Add(a);
                }
            }
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType);
        }
        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType);
        }
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType);
            }
            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
            }
            foreach (var t in TypesInBody(m))
            {
                Add(t);
            }
        }
        return found;
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short code = il[i++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[i++]);
            }
            var op = OpCodesByValue[code];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var n = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * n);
                    break;
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                        // A token of an open generic context the resolver cannot close; its types appear elsewhere.
                    }
                    switch (member)
                    {
                        case Type t:
                            yield return t;
                            break;
                        case MethodBase mb:
                            if (mb.DeclaringType is not null)
                            {
                                yield return mb.DeclaringType;
                            }
                            if (mb is MethodInfo { ReturnType: var r })
                            {
                                yield return r;
                            }
                            break;
                        case FieldInfo fi:
                            if (fi.DeclaringType is not null)
                            {
                                yield return fi.DeclaringType;
                            }
                            yield return fi.FieldType;
                            break;
                    }
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
