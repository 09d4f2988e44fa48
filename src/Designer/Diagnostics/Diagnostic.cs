using Designer.Localization;

namespace Designer.Diagnostics;

/// <summary>A problem found by any stage: its severity, a stable code, what is wrong, where, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, string? Hint = null)
{
    /// <summary>The one-line form: <c>file:line:col: error DSG101: message</c>.</summary>
    public override string ToString() => $"{Span}: {Severity.ToName()} {Code}: {Message}";

    /// <summary>The message as a catalog key and arguments, when it has one; <see cref="In"/> words it in another language.</summary>
    public LocalText? Text { get; init; }

    /// <summary>The hint as a catalog key and arguments, when it has one.</summary>
    public LocalText? HintText { get; init; }

    /// <summary>A diagnostic worded from the message catalog (in English until <see cref="In"/> asks otherwise).</summary>
    public static Diagnostic From(Severity severity, string code, LocalText message, SourceSpan span, LocalText? hint = null) =>
        new(severity, code, message.In(Language.English), span, hint?.In(Language.English)) { Text = message, HintText = hint };

    /// <summary>
    /// The same diagnostic worded in <paramref name="language"/>: code, severity and position unchanged. A message
    /// Designer has no catalog key for (one that quotes a library's own words) stays as it is.
    /// </summary>
    public Diagnostic In(Language language) => Text is null && HintText is null ? this : this with
    {
        Message = Text?.In(language) ?? Message,
        Hint = HintText?.In(language) ?? Hint,
    };
}
