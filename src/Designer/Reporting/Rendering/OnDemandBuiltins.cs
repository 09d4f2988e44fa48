using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Designer.Reporting.Rendering;

/// <summary>
/// The built-in functions a template sees. Scriban makes all of its built-ins (a dozen objects, some four hundred
/// functions, each imported by reflection) the first time any is asked for, which was a third of a natively
/// compiled <c>render</c>. The built-in templates use <c>array</c>, <c>string</c> and <c>include</c> alone, so
/// those are made directly (the functions of <c>array</c> and <c>string</c> they call by hand, <see cref="PartialBuiltin"/>); a template that names any other built-in (<c>date</c>, <c>math</c>, <c>empty</c>, …)
/// gets the whole deterministic set of <see cref="RenderDates.DeterministicBuiltins"/> from then on.
/// </summary>
internal sealed class OnDemandBuiltins : ScriptObject
{
    /// <summary>The names Scriban's built-in object holds (a test holds this list equal to Scriban's own).</summary>
    internal static readonly string[] Names = ["array", "blank", "date", "empty", "html", "include", "include_join", "math", "object", "regex", "string", "timespan"];

    // Made once per process and shared by every render, as Scriban shares its own: they hold functions only.
    private static readonly Lazy<(PartialBuiltin Array, PartialBuiltin String, IncludeFunction Include)> Common =
        new(() => (PartialBuiltin.Array(), PartialBuiltin.String(), new IncludeFunction()));

    private readonly DateOnly _date;
    private ScriptObject? _all;

    public OnDemandBuiltins(DateOnly date)
    {
        _date = date;
        var (array, text, include) = Common.Value;
        SetValue("array", array, true);
        SetValue("string", text, true);
        SetValue("include", include, true);
    }

    /// <summary>True once a template has named a built-in beyond the three made directly.</summary>
    public bool MadeAll => _all is not null;

    private ScriptObject All => _all ??= RenderDates.DeterministicBuiltins(_date);

    private bool Elsewhere(string member) => !base.Contains(member) && Names.Contains(member, StringComparer.Ordinal);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        Elsewhere(member) ? All.TryGetValue(context, span, member, out value) : base.TryGetValue(context, span, member, out value);

    public override bool Contains(string member) => Elsewhere(member) ? All.Contains(member) : base.Contains(member);

    public override bool CanWrite(string member) => Elsewhere(member) ? All.CanWrite(member) : base.CanWrite(member);
}
