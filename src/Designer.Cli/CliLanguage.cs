using System.CommandLine;
using Designer.Localization;

namespace Designer.Cli;

/// <summary>
/// The <c>--lang en|es|pt</c> option of <c>check</c>, <c>render</c>, <c>serve</c>, <c>diff</c> and <c>portfolio</c>,
/// which overrides <c>project.language</c>.
/// </summary>
internal static class CliLanguage
{
    public static Option<string?> CreateOption() =>
        CreateOption("Write findings, messages and documents in en, es or pt (default: each project's `project.language`, else en)");

    public static Option<string?> CreateOption(string description) => new("--lang") { Description = description };

    /// <summary>The language --lang names (null when not given); false, with the reason on stderr, for any other value.</summary>
    public static bool TryRead(CliContext ctx, string? text, out Language? language)
    {
        language = null;
        if (text is null)
        {
            return true;
        }
        if (!Languages.TryParse(text, out var parsed))
        {
            ctx.Err.WriteLine($"designer: --lang `{Text.ControlCharacters.Escape(text)}` is not a language Designer writes; use en, es or pt");
            return false;
        }
        language = parsed;
        return true;
    }
}
