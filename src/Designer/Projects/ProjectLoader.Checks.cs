using System.Globalization;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;
using Designer.Text;

namespace Designer.Projects;

/// <summary>Checks on values that would load but are wrong: numbers that are not numbers, months out of range, ids that look alike.</summary>
public sealed partial class ProjectLoader
{
    private readonly Dictionary<string, Dictionary<string, (string Id, SourceSpan Span)>> _idKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// False (with a diagnostic) for a number that is not finite (<c>.nan</c>, <c>.inf</c>) or a whole number or
    /// year-month outside its sane range; such a value would print as nonsense in every document.
    /// </summary>
    private bool CheckScalar(Value value, ScalarType type, YamlScalar s, string path)
    {
        if (value.Kind == ValueKind.Double && !double.IsFinite(value.AsDouble) && type.Kind is ScalarKind.Int or ScalarKind.Number or ScalarKind.Ratio)
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must be a finite number, found `{s.Value}`", s.Span,
                "`.nan` and `.inf` are YAML's not-a-number and infinity; write the number itself, or leave the key out when it is unknown.");
            return false;
        }
        if (type.Kind == ScalarKind.Int && (type.Min is not null || type.Max is not null) && value.IsNumber)
        {
            var n = value.AsNumber;
            if ((type.Min is { } min && n < min) || (type.Max is { } max && n > max))
            {
                _diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must be between {type.Min:N0} and {type.Max:N0}, found {s.Value}", s.Span,
                    type.Min == ProjectSchema.MinYear ? "Write a four-digit year." : $"Count months from the start of the project (month 1); a plan runs at most {ProjectSchema.MaxMonths} months.");
                return false;
            }
        }
        if (type.Kind == ScalarKind.YearMonth && s.Value.Length == 7
            && int.TryParse(s.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is < ProjectSchema.MinYear or > ProjectSchema.MaxYear)
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must fall between {ProjectSchema.MinYear} and {ProjectSchema.MaxYear}, found `{s.Value}`", s.Span, "Write the year and month the project starts, e.g. `start: 2027-03`.");
            return false;
        }
        return true;
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
            _diagnostics.Error(DiagnosticCodes.BadValue, $"empty {kind} id", span, "Give it a short id such as `sebrae-se`, used to refer to it elsewhere.");
            return false;
        }
        if (ControlCharacters.ContainsAny(id))
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, $"the {kind} id `{ControlCharacters.Escape(id)}` contains control characters or line breaks", span, "Ids are short names of letters, digits, dots and dashes.");
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
                _diagnostics.Error(DiagnosticCodes.DuplicateId, $"{kind} id `{id}` differs from `{first.Id}` (line {first.Span.Line}) {IdFolding.Explain(likeness)}", span,
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

    /// <summary>A computed field is held to the same finite numbers and ranges as a written one.</summary>
    private void CheckComputed(ObjectType? ownerType, string path, Value value, SourceSpan span)
    {
        var key = path[(path.LastIndexOf('.') + 1)..];
        if (ownerType?.Find(key)?.Type is not ScalarType type || !value.IsNumber)
        {
            return;
        }
        if (value.Kind == ValueKind.Double && !double.IsFinite(value.AsDouble))
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, $"the expression in `{path}` gives {ValueFormatter.ToDisplay(value)}, not a finite number", span, "A division by zero gives infinity; guard it with a conditional.");
            return;
        }
        var n = value.AsNumber;
        if ((type.Min is { } min && n < min) || (type.Max is { } max && n > max))
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, $"the expression in `{path}` gives {ValueFormatter.ToDisplay(value)}; it must be between {type.Min:N0} and {type.Max:N0}", span, "Check the expression against the range of the field.");
        }
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
