namespace Designer.Reporting.Diff;

/// <summary>
/// One change between two versions: where (a path such as <c>indicators[cluster-sales].target</c>, with list items
/// named by their id), what kind, and the value before and after as the documents show it.
/// For an added or removed item the value is its label (name, title or statement); for a renamed item
/// <see cref="RenamedFrom"/> is its old id. For a changed list of plain values (members, jurisdictions, tags),
/// <see cref="ItemsAdded"/> and <see cref="ItemsRemoved"/> say which values came and went.
/// </summary>
public sealed record DiffChange(string Section, DiffKind Kind, string Path, string? Before, string? After, string? RenamedFrom = null, IReadOnlyList<string>? ItemsAdded = null, IReadOnlyList<string>? ItemsRemoved = null);
