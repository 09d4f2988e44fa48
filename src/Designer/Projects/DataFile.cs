using Designer.Diagnostics;
using Designer.Localization;
using Designer.Expressions.Runtime;
using Designer.Projects.Yaml;

namespace Designer.Projects;

/// <summary>
/// A plain YAML or JSON file read without the project format, for trying expressions on ad-hoc data
/// (<c>designer eval --data FILE</c>): its top-level keys become the names an expression sees.
/// </summary>
public static class DataFile
{
    public static (CelMap? Map, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, string? displayName = null)
    {
        var bag = new DiagnosticBag();
        var display = displayName ?? path;
        if (!ProjectLoader.TryReadText(path, YamlLimits.Default, bag, out var text, display))
        {
            return (null, bag.ToOrderedList());
        }
        var node = YamlReader.Read(display, text!, bag, YamlLimits.Default);
        if (bag.HasErrors)
        {
            return (null, bag.ToOrderedList());
        }
        if (node is not YamlMapping)
        {
            bag.Error(DiagnosticCodes.WrongType, LocalText.Of("data-file.not-mapping"), node?.Span ?? SourceSpan.StartOf(display), LocalText.Of("data-file.not-mapping.hint"));
            return (null, bag.ToOrderedList());
        }
        return (YamlValues.ToValue(node).AsMap, bag.ToOrderedList());
    }
}
