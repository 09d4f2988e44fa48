using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Designer.Reporting.Rendering;

/// <summary>
/// A template helper registered by hand: its parameters are declared here, so Scriban converts the arguments,
/// fills the defaults and checks the count as it does for imported methods, with no reflection (which a trimmed,
/// natively compiled tool does not keep).
/// </summary>
internal sealed class TemplateFunction(string name, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body, Type returnType, params ScriptParameterInfo[] parameters) : IScriptCustomFunction
{
    /// <summary>A helper that needs its arguments alone and returns text.</summary>
    public TemplateFunction(string name, Func<ScriptArray, object?> body, params ScriptParameterInfo[] parameters)
        : this(name, (_, _, arguments) => body(arguments), typeof(string), parameters)
    {
    }

    public string Name { get; } = name;

    public int RequiredParameterCount { get; } = parameters.Count(p => !p.HasDefaultValue);

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    /// <summary>
    /// Scriban asks for the parameter of every argument before it counts them; an extra argument gets a plain one,
    /// so the call fails with Scriban's "Invalid number of arguments" at the template's position, not with an
    /// index error from here.
    /// </summary>
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < parameters.Length ? parameters[index] : new ScriptParameterInfo(typeof(object), "extra");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, callerContext, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(body(context, callerContext, arguments));

    /// <summary>A parameter that must be given.</summary>
    public static ScriptParameterInfo Required<T>(string parameterName) => new(typeof(T), parameterName);

    /// <summary>A parameter that may be left out, and then takes <paramref name="defaultValue"/>.</summary>
    public static ScriptParameterInfo Optional<T>(string parameterName, T? defaultValue) => new(typeof(T), parameterName, defaultValue);
}
