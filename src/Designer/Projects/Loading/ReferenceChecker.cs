using Designer.Localization;
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
    // The elements of each kind by id; where an id is written is found from its element when a message needs it.
    private readonly Dictionary<string, Dictionary<string, Value>> _elements = new(StringComparer.Ordinal);
    // The references wait here until every id is known. Every file needs such a list and a project's grows to a
    // hundred or more, so one cleared list is kept per thread between files instead of being grown by doubling
    // each time: a checker takes it, and Check gives it back empty. A checker not checked keeps its own.
    [ThreadStatic]
    private static List<(ReferenceTarget Target, string Id, SourceSpan Span)>? t_references;
    private List<(ReferenceTarget Target, string Id, SourceSpan Span)> _references = TakeList();

    /// <summary>A list kept this long is let go, so that one hostile file does not hold memory for the thread.</summary>
    private const int MaxKeptReferences = 4096;
    // The first id of each kind under each decomposed form, compared as lower case (IdFolding.CaseFolded).
    private readonly Dictionary<string, Dictionary<string, (string Id, SourceSpan Span)>> _idKeys = new(StringComparer.Ordinal);

    /// <summary>The elements of each kind by id (the first of duplicates), for lookups and links.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, Value>> Elements => _elements;

    /// <summary>Registers the ids of one list of elements of a kind.</summary>
    public void AddIds(string kind, Value[] items, SourceSpan?[] spans)
    {
        // Outputs and activities of all components share one namespace each, as do all other kinds.
        if (!_elements.TryGetValue(kind, out var elements))
        {
            // Sized for the first list, which for most kinds is the only one: no tables outgrown and dropped.
            _elements[kind] = elements = new Dictionary<string, Value>(items.Length, StringComparer.Ordinal);
            _idKeys[kind] = new Dictionary<string, (string, SourceSpan)>(items.Length, IdFolding.CaseFolded);
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Kind != ValueKind.Map || !items[i].AsMap.TryGet("id", out var id) || id.Kind != ValueKind.String)
            {
                continue;
            }
            var span = IdSpan(items[i].AsMap) ?? spans[i]!;
            if (!CheckId(kind, id.AsString, span))
            {
                continue;
            }
            if (elements.TryGetValue(id.AsString, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("ref.duplicate-id", ("kind", Kind(kind)), ("id", id.AsString), ("line", (IdSpan(first.AsMap) ?? first.AsMap.Span!).Line)), span, LocalText.Of("ref.duplicate-id.hint"));
            }
            else
            {
                elements[id.AsString] = items[i];
            }
        }
    }

    /// <summary>Where an element's id is written; else the element itself is where (its list gives its span).</summary>
    private static SourceSpan? IdSpan(CelMap element) => element.EntryFor("id")!.Value.ValueSpan;

    /// <summary>Records a reference to be checked once every id is known.</summary>
    public void AddReference(ReferenceTarget target, string id, SourceSpan span) => _references.Add((target, id, span));

    public bool Exists(string kind, string id) => _elements.TryGetValue(kind, out var ids) && ids.ContainsKey(id);

    // A loop, not Any with a lambda: one closure per reference was most of what checking references allocated.
    private bool ExistsAny(IReadOnlyList<string> kinds, string id)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (Exists(kinds[i], id))
            {
                return true;
            }
        }
        return false;
    }

    private static List<(ReferenceTarget Target, string Id, SourceSpan Span)> TakeList()
    {
        var list = t_references ?? [];
        t_references = null;
        return list;
    }

    /// <summary>Reports every reference to an id no element of its kinds declares; once, after every id is added.</summary>
    public void Check()
    {
        var references = _references;
        _references = [];
        foreach (var (target, id, span) in references)
        {
            if (ExistsAny(target.Kinds, id))
            {
                continue;
            }
            var candidates = target.Kinds.SelectMany(k => _elements.TryGetValue(k, out var ids) ? ids.Keys : Enumerable.Empty<string>()).ToList();
            var suggestion = Suggestions.Closest(id, candidates);
            diagnostics.Error(DiagnosticCodes.UnknownReference,
                UnknownReferenceMessage(target.Name, id, suggestion),
                span, LocalText.Of("ref.unknown.hint", ("listed", Known("listed.", target.Name) ?? (object)target.Listed)));
        }
        if (references.Capacity <= MaxKeptReferences)
        {
            references.Clear();
            t_references = references;
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
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("ref.empty-id", ("kind", Kind(kind))), span, LocalText.Of("ref.empty-id.hint"));
            return false;
        }
        if (ControlCharacters.ContainsAny(id))
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("ref.control-characters", ("kind", Kind(kind)), ("id", ControlCharacters.Escape(id))), span, LocalText.Of("ref.control-characters.hint"));
            return false;
        }
        var keys = _idKeys[kind];
        var key = IdFolding.Decompose(id);
        if (keys.TryGetValue(key, out var first))
        {
            var likeness = IdFolding.Compare(id, first.Id);
            if (likeness is IdFolding.Likeness.DiffersByCase or IdFolding.Likeness.DiffersByNormalization)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, LocalText.Of("ref.lookalike-id", ("kind", Kind(kind)), ("id", id), ("first", first.Id), ("line", first.Span.Line), ("how", Explain(likeness))), span,
                    LocalText.Of("ref.lookalike-id.hint"));
                return false;
            }
        }
        else
        {
            keys[key] = (id, span);
        }
        return true;
    }

    private static LocalText UnknownReferenceMessage(string target, string id, string? suggestion)
    {
        if (suggestion is null)
        {
            return LocalText.Of("ref.unknown", ("kind", Kind(target)), ("id", id));
        }
        var likeness = IdFolding.Compare(id, suggestion);
        return likeness is IdFolding.Likeness.DiffersByCase or IdFolding.Likeness.DiffersByNormalization
            ? LocalText.Of("ref.unknown-lookalike", ("kind", Kind(target)), ("id", id), ("suggestion", suggestion), ("how", Explain(likeness)))
            : LocalText.Of("ref.unknown-suggest", ("kind", Kind(target)), ("id", id), ("suggestion", suggestion));
    }

    /// <summary>A kind of element (<c>governance body</c>) as the catalog words it (<c>kind.governance-body</c>).</summary>
    private static object Kind(string kind) => Known("kind.", kind) ?? (object)kind;

    private static LocalText? Known(string prefix, string name) =>
        Localizer.HasKey(prefix + name.Replace(' ', '-')) ? LocalText.Of(prefix + name.Replace(' ', '-')) : null;

    private static LocalText Explain(IdFolding.Likeness likeness) =>
        LocalText.Of(likeness == IdFolding.Likeness.DiffersByCase ? "ref.differs-by-case" : "ref.differs-by-normalization");
}
