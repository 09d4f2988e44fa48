using System.Globalization;
using Designer.Diagnostics;
using Designer.Expressions.Runtime;
using Designer.Localization;
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
    private bool CheckScalar(Value value, ScalarType type, YamlScalar s)
    {
        if (value.Kind == ValueKind.Double && !double.IsFinite(value.AsDouble) && type.Kind is ScalarKind.Int or ScalarKind.Number or ScalarKind.Ratio)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.not-finite", ("path", _path.ToString()), ("value", s.Value)), s.Span, LocalText.Of("schema.not-finite.hint"));
            return false;
        }
        if (type.Kind == ScalarKind.Int && (type.Min is not null || type.Max is not null) && value.IsNumber)
        {
            var n = value.AsNumber;
            if ((type.Min is { } min && n < min) || (type.Max is { } max && n > max))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.out-of-range", ("path", _path.ToString()), ("min", NumberHints.Grouped(type.Min)), ("max", NumberHints.Grouped(type.Max)), ("value", s.Value)), s.Span,
                    type.Min == ProjectSchema.MinYear ? LocalText.Of("schema.out-of-range.year-hint") : LocalText.Of("schema.out-of-range.month-hint", ("max", ProjectSchema.MaxMonths)));
                return false;
            }
        }
        if (type.Kind == ScalarKind.YearMonth && s.Value.Length == 7
            && int.TryParse(s.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is < ProjectSchema.MinYear or > ProjectSchema.MaxYear)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, LocalText.Of("schema.start-year-range", ("path", _path.ToString()), ("min", ProjectSchema.MinYear), ("max", ProjectSchema.MaxYear), ("value", s.Value)), s.Span, LocalText.Of("schema.start-year-range.hint"));
            return false;
        }
        return true;
    }
}
