using Designer.Diagnostics;
using Designer.Expressions.Runtime;

namespace Designer.Projects;

/// <summary>
/// A loaded and bound project: its data as an expression value (every element traceable to its source span),
/// the scope expressions see, and the computed <c>=</c> fields with their source text.
/// </summary>
public sealed class Project
{
    internal Project(string path, TextLocator source, CelMap root, IScope scope, IReadOnlyList<ComputedField> computed)
    {
        Path = path;
        Source = source;
        Root = root;
        Scope = scope;
        Computed = computed;
        ComputedBySpan = computed.ToDictionary(c => c.Span, c => c);
    }

    /// <summary>The file path as the user gave it.</summary>
    public string Path { get; }

    public TextLocator Source { get; }

    /// <summary>The whole project as a map value.</summary>
    public CelMap Root { get; }

    public Value Value => Value.Map(Root);

    /// <summary>Top-level sections, then <c>derived</c> names; absent sections read as empty.</summary>
    public IScope Scope { get; }

    /// <summary>Every <c>=</c> field, in document order.</summary>
    public IReadOnlyList<ComputedField> Computed { get; }

    internal IReadOnlyDictionary<SourceSpan, ComputedField> ComputedBySpan { get; }

    /// <summary>The id of the project (<c>project.id</c>), or the file name.</summary>
    public string Id => Root.TryGet("project", out var p) && p.Kind == ValueKind.Map && p.AsMap.TryGet("id", out var id) && id.Kind == ValueKind.String
        ? id.AsString
        : System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The language the project asks Designer to write in (<c>project.language</c>); English when it names none.</summary>
    public Localization.Language Language =>
        Root.TryGet("project", out var p) && p.Kind == ValueKind.Map && p.AsMap.TryGet("language", out var l) && l.Kind == ValueKind.String
            && Localization.Languages.TryParse(l.AsString, out var language) ? language : Localization.Language.English;
}

/// <summary>A field written as an <c>=</c> expression: where, its text, and the value it gave.</summary>
public sealed record ComputedField(string Path, string Expression, Value Value, SourceSpan Span);
