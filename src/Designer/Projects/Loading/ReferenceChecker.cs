using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;
using Designer.Text;

namespace Designer.Projects.Loading;

/// <summary>
/// The third step of loading: collects the ids every element declares and the references to them while the
/// schema binder walks the file, then reports duplicate ids and references to nothing, with a suggestion.
/// </summary>
internal sealed class ReferenceChecker(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Dictionary<string, SourceSpan>> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Value>> _elements = new(StringComparer.Ordinal);
    private readonly List<(ReferenceTarget Target, string Id, SourceSpan Span)> _references = [];
    private readonly Dictionary<string, Dictionary<string, (string Id, SourceSpan Span)>> _idKeys = new(StringComparer.Ordinal);

    /// <summary>The elements of each kind by id (the first of duplicates), for lookups and links.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, Value>> Elements => _elements;

    /// <summary>Registers the ids of one list of elements of a kind.</summary>
    public void AddIds(string kind, Value[] items, SourceSpan?[] spans)
    {
        // Outputs and activities of all components share one namespace each, as do all other kinds.
        if (!_ids.TryGetValue(kind, out var known))
        {
            _ids[kind] = known = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            _elements[kind] = new Dictionary<string, Value>(StringComparer.Ordinal);
        }
        var elements = _elements[kind];
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Kind != ValueKind.Map || !items[i].AsMap.TryGet("id", out var id) || id.Kind != ValueKind.String)
            {
                continue;
            }
            var span = items[i].AsMap.EntryFor("id")!.Value.ValueSpan ?? spans[i]!;
            if (!CheckId(kind, id.AsString, span))
            {
                continue;
            }
            if (known.TryGetValue(id.AsString, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"duplicate {kind} id `{id.AsString}` (first defined at line {first.Line})", span, "Give each one its own id.");
            }
            else
            {
                known[id.AsString] = span;
                elements[id.AsString] = items[i];
            }
        }
    }

    /// <summary>Records a reference to be checked once every id is known.</summary>
    public void AddReference(ReferenceTarget target, string id, SourceSpan span) => _references.Add((target, id, span));

    public bool Exists(string kind, string id) => _ids.TryGetValue(kind, out var ids) && ids.ContainsKey(id);

    /// <summary>Reports every reference to an id no element of its kinds declares.</summary>
    public void Check()
    {
        foreach (var (target, id, span) in _references)
        {
            if (target.Kinds.Any(k => Exists(k, id)))
            {
                continue;
            }
            var candidates = target.Kinds.SelectMany(k => _ids.TryGetValue(k, out var ids) ? ids.Keys : Enumerable.Empty<string>()).ToList();
            var suggestion = Suggestions.Closest(id, candidates);
            diagnostics.Error(DiagnosticCodes.UnknownReference,
                UnknownReferenceMessage(target.Name, id, suggestion),
                span, $"Use the id of one of the {target.Listed}, or add it there.");
        }
    }

    /// <summary>
    /// False (with a diagnostic) for an id that is empty or holds control characters; a diagnostic, too, for an
    /// id that differs from an earlier one of its kind only by case or Unicode normalisation, which a reader
    /// cannot tell apart.
    /// </summary>
    private bool CheckId(string kind, string id, SourceSpan span)
    {
        if (id.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, $"empty {kind} id", span, "Give it a short id such as `sebrae-se`, used to refer to it elsewhere.");
            return false;
        }
        if (ControlCharacters.ContainsAny(id))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, $"the {kind} id `{ControlCharacters.Escape(id)}` contains control characters or line breaks", span, "Ids are short names of letters, digits, dots and dashes.");
            return false;
        }
        if (!_idKeys.TryGetValue(kind, out var keys))
        {
            _idKeys[kind] = keys = new Dictionary<string, (string, SourceSpan)>(StringComparer.Ordinal);
        }
        var key = IdFolding.Key(id);
        if (keys.TryGetValue(key, out var first))
        {
            var likeness = IdFolding.Compare(id, first.Id);
            if (likeness is IdFolding.Likeness.DiffersByCase or IdFolding.Likeness.DiffersByNormalization)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"{kind} id `{id}` differs from `{first.Id}` (line {first.Span.Line}) {IdFolding.Explain(likeness)}", span,
                    "Two ids a reader cannot tell apart are one mistake away from a wrong reference; give each its own id.");
                return false;
            }
        }
        else
        {
            keys[key] = (id, span);
        }
        return true;
    }

    private static string UnknownReferenceMessage(string target, string id, string? suggestion)
    {
        if (suggestion is null)
        {
            return $"unknown {target} `{id}`";
        }
        var likeness = IdFolding.Compare(id, suggestion);
        return likeness is IdFolding.Likeness.DiffersByCase or IdFolding.Likeness.DiffersByNormalization
            ? $"unknown {target} `{id}`: it differs from the {target} id `{suggestion}` {IdFolding.Explain(likeness)}"
            : $"unknown {target} `{id}`; did you mean `{suggestion}`?";
    }
}
