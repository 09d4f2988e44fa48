using System.Globalization;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Projects.Schema;
using Designer.Projects.Yaml;

namespace Designer.Projects.Loading;

/// <summary>Checks on values that would bind but are wrong: numbers that are not numbers, months and years out of range.</summary>
internal sealed partial class SchemaBinder
{
    /// <summary>
    /// False (with a diagnostic) for a number that is not finite (<c>.nan</c>, <c>.inf</c>) or a whole number or
    /// year-month outside its sane range; such a value would print as nonsense in every document.
    /// </summary>
    private bool CheckScalar(Value value, ScalarType type, YamlScalar s, string path)
    {
        if (value.Kind == ValueKind.Double && !double.IsFinite(value.AsDouble) && type.Kind is ScalarKind.Int or ScalarKind.Number or ScalarKind.Ratio)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must be a finite number, found `{s.Value}`", s.Span,
                "`.nan` and `.inf` are YAML's not-a-number and infinity; write the number itself, or leave the key out when it is unknown.");
            return false;
        }
        if (type.Kind == ScalarKind.Int && (type.Min is not null || type.Max is not null) && value.IsNumber)
        {
            var n = value.AsNumber;
            if ((type.Min is { } min && n < min) || (type.Max is { } max && n > max))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must be between {type.Min:N0} and {type.Max:N0}, found {s.Value}", s.Span,
                    type.Min == ProjectSchema.MinYear ? "Write a four-digit year." : $"Count months from the start of the project (month 1); a plan runs at most {ProjectSchema.MaxMonths} months.");
                return false;
            }
        }
        if (type.Kind == ScalarKind.YearMonth && s.Value.Length == 7
            && int.TryParse(s.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is < ProjectSchema.MinYear or > ProjectSchema.MaxYear)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, $"`{path}` must fall between {ProjectSchema.MinYear} and {ProjectSchema.MaxYear}, found `{s.Value}`", s.Span, "Write the year and month the project starts, e.g. `start: 2027-03`.");
            return false;
        }
        return true;
    }
}
