using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// Where templates come from: a user's folder first (one file may override one built-in template), then the
/// templates embedded in Designer. Only plain names are accepted, so an include can never reach another file.
/// </summary>
public sealed partial class TemplateSource : ITemplateLoader
{
    private readonly string? _overrides;

    public TemplateSource(string? overridesFolder) => _overrides = overridesFolder is null ? null : Path.GetFullPath(overridesFolder);

    [GeneratedRegex("^[a-z0-9_][a-z0-9_-]*(\\.sbn)?$")]
    private static partial Regex NamePattern();

    public static IReadOnlyList<string> BuiltInNames =>
        EmbeddedResources.Names("templates/").Select(n => n["templates/".Length..]).ToList();

    /// <summary>The text of a template and the path to show in errors; null when there is no such template.</summary>
    public (string Text, string Path)? Find(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            return null;
        }
        var file = name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn";
        if (_overrides is not null)
        {
            var candidate = Path.Combine(_overrides, file);
            if (File.Exists(candidate))
            {
                return (File.ReadAllText(candidate), Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate).Replace('\\', '/'));
            }
        }
        var resource = "templates/" + file;
        return EmbeddedResources.Names("templates/").Contains(resource) ? (EmbeddedResources.Read(resource), resource) : null;
    }

    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        NamePattern().IsMatch(templateName) ? templateName : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"`{templateName}` is not a template name: includes take a plain name such as `header`, found in the template folder");

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        Find(templatePath)?.Text ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"no template named `{templatePath}`");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new((string?)((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
