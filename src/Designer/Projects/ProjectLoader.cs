using Designer.Localization;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Loading;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;

namespace Designer.Projects;

/// <summary>
/// Loads a project file: reads it (<see cref="Files.SafeFileReader"/>) and its YAML with positions (<see cref="YamlReader"/>), binds it to the format
/// (<see cref="SchemaBinder"/>), checks ids and references (<see cref="ReferenceChecker"/>) and resolves them into
/// each element's <c>links</c> (<see cref="LinkResolver"/>), and compiles and
/// evaluates its <c>=</c> expressions (<see cref="ExpressionBinder"/>), reporting every problem in one run,
/// ordered by position.
/// </summary>
public static class ProjectLoader
{
    /// <summary>Reads and loads a file. An unreadable or non-UTF-8 file is a diagnostic, not an exception.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="limits">Size, depth and node limits; the defaults when null.</param>
    /// <param name="displayName">The name diagnostics show for the file (a path relative to the user's folder).</param>
    public static LoadResult LoadFile(string path, YamlLimits? limits = null, string? displayName = null)
    {
        limits ??= YamlLimits.Default;
        var bag = new DiagnosticBag();
        if (!TryReadText(path, limits, bag, out var text, displayName))
        {
            return new LoadResult(null, bag.ToOrderedList());
        }
        return Load(displayName ?? path, text!, limits);
    }

    /// <summary>Reads a text file strictly as UTF-8 (a BOM is allowed), within the size limit; only a regular file.</summary>
    public static bool TryReadText(string path, YamlLimits limits, DiagnosticBag bag, out string? text, string? displayName = null) =>
        Files.SafeFileReader.TryReadText(path, displayName ?? path, limits.MaxFileSize, bag, out text);

    /// <summary>Loads a project from text already read.</summary>
    public static LoadResult Load(string file, string text, YamlLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var project = Run(file, text, limits ?? YamlLimits.Default, diagnostics);
        return new LoadResult(project, diagnostics.ToOrderedList());
    }

    private static Project? Run(string file, string text, YamlLimits limits, DiagnosticBag diagnostics)
    {
        // The reader and the binders share one line table.
        var locator = new TextLocator(file, text);
        var node = YamlReader.Read(locator, diagnostics, limits);
        if (diagnostics.HasErrors)
        {
            return null;
        }
        if (node is null || (node is YamlScalar s0 && s0.Plain && s0.Value.Length == 0))
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, LocalText.Of("project.empty"), SourceSpan.StartOf(file), LocalText.Of("project.empty.hint"));
            return null;
        }
        var references = new ReferenceChecker(diagnostics);
        var binder = new SchemaBinder(locator, diagnostics, references);
        var rootValue = binder.Convert(node, ProjectSchema.Root);
        if (rootValue.Kind != ValueKind.Map)
        {
            return null;
        }
        var root = rootValue.AsMap;
        if (root.TryGet("designer", out var version) && version.Kind == ValueKind.Int && version.AsInt != 1)
        {
            diagnostics.Error(DiagnosticCodes.UnknownVersion, LocalText.Of("project.version", ("version", version.AsInt)), root.EntryFor("designer")!.Value.ValueSpan!, LocalText.Of("project.version.hint"));
        }
        references.Check();
        new LinkResolver(references).Resolve(root);
        var scope = new ProjectScope(root, references.Elements);
        var computed = new ExpressionBinder(locator, diagnostics, binder.Expressions).Bind(root, scope);
        return new Project(file, locator, root, scope, computed);
    }
}
