using System.Collections;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Designer.Reporting.Rendering;

/// <summary>
/// One of Scriban's built-in function objects (<c>array</c>, <c>string</c>) holding, registered by hand, the functions
/// the built-in templates call, each calling Scriban's own method. Scriban's object imports all of its sixty-odd
/// functions by reflection when made (a tenth of a natively compiled <c>render</c>); here that happens only when a
/// template calls another of its functions: each of the others stands in for Scriban's own until then.
/// </summary>
internal sealed class PartialBuiltin : ScriptObject
{
    /// <summary>Scriban's names of <c>array</c>, in its order (a test holds both lists equal to Scriban's).</summary>
    internal static readonly string[] ArrayNames = ["add", "add_range", "compact", "concat", "cycle", "any", "each", "filter", "first", "insert_at", "join", "last", "limit", "map", "offset", "remove_at", "reverse", "size", "sort", "uniq", "contains"];

    /// <summary>Scriban's names of <c>string</c>, in its order.</summary>
    internal static readonly string[] StringNames = ["escape", "append", "capitalize", "capitalizewords", "contains", "empty", "whitespace", "downcase", "ends_with", "equals_ignore_case", "handleize", "literal", "lstrip", "pluralize", "prepend", "remove", "remove_first", "remove_last", "replace", "replace_first", "rstrip", "size", "slice", "slice1", "split", "starts_with", "strip", "strip_newlines", "to_int", "to_long", "to_float", "to_double", "truncate", "truncatewords", "upcase", "md5", "sha1", "sha256", "sha512", "hmac_sha1", "hmac_sha256", "hmac_sha512", "pad_left", "pad_right", "base64_encode", "base64_decode", "index_of"];

    /// <summary>The names made by hand, by object: a test holds each to Scriban's own function of that name.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> ByHand = new Dictionary<string, string[]>
    {
        ["array"] = ["join", "size"],
        ["string"] = ["capitalize", "replace"],
    };

    private readonly Func<ScriptObject> _make;
    private ScriptObject? _full;

    /// <summary>Every name of Scriban's object, in its order: those made by hand, and the others deferred to it.</summary>
    private PartialBuiltin(Func<ScriptObject> make, string[] names, params TemplateFunction[] byHand)
        : base(names.Length, autoImportStaticsFromThisType: false)
    {
        _make = make;
        foreach (var name in names)
        {
            SetValue(name, byHand.FirstOrDefault(f => f.Name == name) ?? (object)new Deferred(this, name), readOnly: true);
        }
    }

    /// <summary><c>array</c>: <c>size</c> and <c>join</c> by hand.</summary>
    public static PartialBuiltin Array() => new(
        () => new ArrayFunctions(),
        ArrayNames,
        new TemplateFunction("size", (context, caller, a) => ArrayFunctions.Size(context, Span(caller), (IEnumerable?)a[0]), typeof(int), TemplateFunction.Required<IEnumerable>("list")),
        new TemplateFunction("join", (context, caller, a) => ArrayFunctions.Join(context, Span(caller), (IEnumerable?)a[0], (string?)a[1], a[2]), typeof(string), TemplateFunction.Required<IEnumerable>("list"), TemplateFunction.Required<string>("delimiter"), TemplateFunction.Optional<object>("function", null)));

    /// <summary><c>string</c>: <c>capitalize</c> and <c>replace</c> by hand.</summary>
    public static PartialBuiltin String() => new(
        () => new StringFunctions(),
        StringNames,
        new TemplateFunction("capitalize", (_, _, a) => StringFunctions.Capitalize((string?)a[0]), typeof(string), TemplateFunction.Required<string>("text")),
        new TemplateFunction("replace", (context, _, a) => StringFunctions.Replace(context, (string?)a[0], (string?)a[1], (string?)a[2]), typeof(string), TemplateFunction.Required<string>("text"), TemplateFunction.Required<string>("match"), TemplateFunction.Required<string>("replace")));

    /// <summary>True once a template has called a function beyond those made by hand.</summary>
    public bool MadeFull => Volatile.Read(ref _full) is not null;

    private ScriptObject Full
    {
        get
        {
            if (Volatile.Read(ref _full) is { } made)
            {
                return made;
            }
            Interlocked.CompareExchange(ref _full, _make(), null);
            return _full!;
        }
    }

    private static SourceSpan Span(ScriptNode? caller) => caller?.Span ?? default;

    /// <summary>Scriban's own function of that name, made with the whole object the first time it is used.</summary>
    private sealed class Deferred(PartialBuiltin owner, string name) : IScriptCustomFunction
    {
        private IScriptCustomFunction Target => (IScriptCustomFunction)owner.Full[name]!;

        public int RequiredParameterCount => Target.RequiredParameterCount;

        public int ParameterCount => Target.ParameterCount;

        public ScriptVarParamKind VarParamKind => Target.VarParamKind;

        public Type ReturnType => Target.ReturnType;

        public ScriptParameterInfo GetParameterInfo(int index) => Target.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Target.Invoke(context, callerContext, arguments, blockStatement);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Target.InvokeAsync(context, callerContext, arguments, blockStatement);
    }
}
