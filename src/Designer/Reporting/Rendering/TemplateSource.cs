using System.Text.RegularExpressions;
using Designer.Files;
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
    private readonly string? _display;

    /// <param name="overridesFolder">The user's template folder, or null for the built-in templates only.</param>
    /// <param name="displayFolder">How errors name that folder; the folder itself when null.</param>
    public TemplateSource(string? overridesFolder, string? displayFolder = null)
    {
        _overrides = overridesFolder;
        _display = displayFolder ?? overridesFolder;
    }

    [GeneratedRegex("^[a-z0-9_][a-z0-9_-]*(\\.sbn)?$")]
    private static partial Regex NamePattern();

    /// <summary>The built-in templates and their label dictionaries (<c>labels.en.yaml</c>, ...), by file name.</summary>
    public static IReadOnlyList<string> BuiltInNames =>
        EmbeddedResources.Names("templates/").Select(n => n["templates/".Length..]).ToList();

    /// <summary>The text of a built-in file by its name in <see cref="BuiltInNames"/>.</summary>
    public static string BuiltInText(string name) => EmbeddedResources.Read("templates/" + name);

    /// <summary>The user's template folder, or null for the built-in templates only.</summary>
    internal string? OverridesFolder => _overrides;

    /// <summary>How errors name the user's template folder.</summary>
    internal string? DisplayFolder => _display;

    /// <summary>Largest template file read, in bytes.</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    /// <summary>The text of a template and the path to show in errors; null when there is no such template.</summary>
    public (string Text, string Path)? Find(string name) => Find(name, out _);

    /// <summary>
    /// The text of a template and the path to show in errors; null when there is none, or when the file in the
    /// override folder cannot be used (<paramref name="error"/> says why: a link that leads out of the folder, not
    /// a regular file, too large, not UTF-8).
    /// </summary>
    public (string Text, string Path)? Find(string name, out string? error) => Find(name, out error, out _);

    /// <summary>As <see cref="Find(string, out string?)"/>; <paramref name="builtIn"/> tells the embedded template from a folder's own.</summary>
    internal (string Text, string Path)? Find(string name, out string? error, out bool builtIn)
    {
        error = null;
        builtIn = false;
        if (!NamePattern().IsMatch(name))
        {
            return null;
        }
        var file = name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn";
        if (_overrides is not null)
        {
            var candidate = Path.Combine(_overrides, file);
            var display = Path.Combine(_display!, file).Replace('\\', '/');
            if (File.Exists(candidate) || FileProbe.Probe(candidate, followLinks: false).Kind != FileKind.Missing)
            {
                // A link may lead anywhere (/etc/passwd): only a file whose real place is inside the real folder is read.
                var real = FileProbe.RealPath(candidate);
                var folder = FileProbe.RealPath(_overrides) ?? _overrides;
                if (real is null || !real.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    error = $"template `{display}` leads outside the template folder (a link to {(real is null ? "nowhere" : "another place")}); templates are read only from inside the folder";
                    return null;
                }
                var bag = new Designer.Diagnostics.DiagnosticBag();
                if (!SafeFileReader.TryReadText(candidate, display, MaxTemplateBytes, bag, out var text))
                {
                    error = bag.ToOrderedList()[0].Message;
                    return null;
                }
                return (text!, display);
            }
        }
        var resource = "templates/" + file;
        builtIn = EmbeddedResources.Names("templates/").Contains(resource);
        return builtIn ? (EmbeddedResources.Read(resource), resource) : null;
    }

    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        NamePattern().IsMatch(templateName) ? templateName : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"`{templateName}` is not a template name: includes take a plain name such as `header`, found in the template folder");

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        Find(templatePath, out var error)?.Text ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, error ?? $"no template named `{templatePath}`");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new((string?)((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
