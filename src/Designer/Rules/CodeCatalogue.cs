using Designer.Diagnostics;

namespace Designer.Rules;

/// <summary>
/// Every code Designer prints besides the rules of its packs — loading, expressions, rule packs and configuration,
/// templates, files, suppressions and limits — so that <c>designer rules show CODE</c> explains each one.
/// </summary>
public static class CodeCatalogue
{
    private const string Loading = "loading a project";
    private const string Expressions = "expressions";
    private const string Packs = "rule packs and configuration";
    private const string Rendering = "templates and rendering";
    private const string Files = "files and the command line";
    private const string Review = "suppressions and limits";

    public static IReadOnlyList<CodeExplanation> All { get; } =
    [
        new(DiagnosticCodes.YamlSyntax, Loading, "The file is not valid YAML",
            "The YAML reader stopped at this position: an indentation that does not line up, a tab used for indentation, an unclosed quote or bracket, or text with `: ` inside a value that is not quoted.",
            "Indent with spaces only, close every quote and bracket, and put text that contains `: ` in quotes.",
            "statement: 'Outcome 1: firms cooperate regularly'"),
        new(DiagnosticCodes.UnknownKey, Loading, "A key the project format does not have",
            "The key is not part of the format at this place (often a typo, or a key written one level too deep or too shallow). Designer suggests the closest known key.",
            "Rename the key as suggested, or move it where it belongs; `designer schema --markdown` lists every key.",
            "duration_months: 48     # not duration_month"),
        new(DiagnosticCodes.WrongType, Loading, "A value of the wrong kind",
            "The format expects another kind of value here: a number, a list, a mapping, or text.",
            "Write the kind the message names: numbers without thousands separators (1080000 or 1_080_000), lists as `[a, b]` or `- ` lines, mappings as indented `key: value` lines.",
            "budget: { currency: USD, mif: 1080000, counterpart: 720000 }"),
        new(DiagnosticCodes.MissingKey, Loading, "A required key is missing",
            "The section needs this key: the documents or the rules cannot do without it.",
            "Add the key; the message shows an example value.",
            "project: { id: PE-T1001, title: ..., country: Peru, ... }"),
        new(DiagnosticCodes.DuplicateId, Loading, "An id or key written twice",
            "Two items of the same list share an id, or a mapping has the same key twice; references could not tell them apart.",
            "Give each item its own id, or keep one of the two keys."),
        new(DiagnosticCodes.UnknownReference, Loading, "A reference to an id that does not exist",
            "A field that names an actor, a governance body or an indicator names one the project does not define.",
            "Use an id defined under `actors`, `governance.bodies` or `indicators` (Designer suggests the closest), or add the missing one there."),
        new(DiagnosticCodes.BadValue, Loading, "A value outside what the field accepts",
            "The value has the right kind but not an accepted form: a name outside the listed choices, a share outside 0..1 (write 0.95 for 95%), a year-month not written as YYYY-MM, a number written with thousands separators, or a TODO placeholder.",
            "Use one of the listed values or the form the message shows.",
            "share_of_beneficiaries: 0.95"),
        new(DiagnosticCodes.DerivedCycle, Loading, "Derived values that depend on each other in a circle",
            "Each value of the cycle needs another one of it to be computed first, so none can be.",
            "Compute one of them without the others."),
        new(DiagnosticCodes.LimitExceeded, Loading, "A size or depth limit of the project file",
            "The file is larger, deeper or has more nodes than Designer reads (docs/limits.md lists the limits); it protects against runaway input.",
            "Split a portfolio into one file per project; a project file is a few hundred lines."),
        new(DiagnosticCodes.UnknownVersion, Loading, "A format version this Designer does not read",
            "The `designer:` key names a version of the format other than 1.",
            "Write `designer: 1`.", "designer: 1"),
        new(DiagnosticCodes.ExpressionSyntax, Expressions, "An `=` expression that does not parse",
            "The expression has a syntax error at the column shown, with what was expected there.",
            "Fix the expression; docs/expressions.md describes the language. Text inside an expression is quoted, numbers are not.",
            "target: = baseline.value * 1.35"),
        new(DiagnosticCodes.ExpressionUnknownName, Expressions, "An expression names something the project does not have",
            "A name in the expression is not a field of the object, a top-level section or a derived value, or a function is unknown.",
            "Use the suggested name; inside an object, names are its own fields first, then the sections, then `derived`."),
        new(DiagnosticCodes.ExpressionEvaluation, Expressions, "An expression gave an error when evaluated",
            "The expression parsed but its value is an error: a missing key, a type that does not fit the operator (text where a number is needed), a division by zero.",
            "Check the names and types it uses; remove quotes around numbers (`'1.3'` is text, `1.3` a number)."),
        new(DiagnosticCodes.ExpressionLimit, Expressions, "An expression limit",
            "The expression is too long, too deeply nested, iterates too often or runs a regular expression too long (docs/limits.md).",
            "Simplify the expression, or move parts of it to `derived`."),
        new(DiagnosticCodes.RulePack, Packs, "A rule pack that cannot be loaded",
            "The rule pack file has a YAML or structure error: an unknown key, a missing `id`, `assert` or `message`, or a rule id used twice.",
            "Fix the pack at the position shown; docs/writing-rules-and-templates.md describes the format."),
        new(DiagnosticCodes.RuleExpression, Packs, "A rule expression that does not compile",
            "One of a rule's expressions (`assert`, `when`, `for_each`, or `{{ }}` in its message) has a syntax error or an unknown name.",
            "Fix the expression; try it with `designer eval 'EXPR' --in project.yaml` or `--data sample.yaml`."),
        new(DiagnosticCodes.Config, Packs, "A designer.yaml that cannot be applied",
            "The configuration beside the projects names a rule no pack has, gives an unknown severity, or a pack that cannot be loaded.",
            "Use the ids `designer rules list` prints and the severities error, warning, info or off."),
        new(DiagnosticCodes.Suppression, Packs, "A suppression that cannot be read",
            "An entry under `suppress:` lacks its rule id or is not a mapping.",
            "Write `- { rule: ID, reason: why it does not apply }`."),
        new(DiagnosticCodes.Template, Rendering, "A template error",
            "A Scriban template has a syntax error, names an unknown variable, or produced too much output.",
            "Fix the template at the position shown, or remove your override to use the built-in one (`designer templates export DIR` gives the originals)."),
        new(DiagnosticCodes.Render, Rendering, "A document could not be rendered",
            "Rendering stopped: an output folder that cannot be written, or a PDF printer that failed.",
            "Check the output folder and, for PDF, the browser named by --browser or DESIGNER_BROWSER."),
        new(DiagnosticCodes.File, Files, "A file that cannot be read",
            "The file does not exist, cannot be read, is not UTF-8 text or contains NUL bytes.",
            "Check the path (relative to the current folder) and save the file as UTF-8."),
        new(DiagnosticCodes.Usage, Files, "A command line that cannot be run",
            "An unknown command or option, or a missing argument.",
            "Run `designer help` or `designer help COMMAND`."),
        new(Checker.SuppressionWithoutReason, Review, "A suppression without its reason",
            "A suppression silences a rule for this project; without a reason a reviewer cannot judge it, and the review report shows reasons to the board.",
            "Add `reason:` saying why the rule does not apply.",
            "suppress:\n  - { rule: PUB001, reason: The one-stop shop reform is financed by another operation. }"),
        new(Checker.UnusedSuppression, Review, "A suppression that matches no finding",
            "The rule (or the element) it names gives no finding, so the suppression hides nothing today but would hide a real finding tomorrow.",
            "Remove the suppression, or correct its rule id or element."),
        new(Checker.TooManyFindings, Review, "Too many findings for one project",
            "More findings than the limit were produced for one project; the rest are not reported.",
            "Fix the first findings, or the rule pack that fires on every element."),
    ];

    public static CodeExplanation? Find(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The page <c>designer rules show CODE</c> prints, in Markdown like a rule's page.</summary>
    public static string Page(CodeExplanation c)
    {
        var example = c.Example is null ? "" : $"\n## Example\n\n```yaml\n{c.Example}\n```\n";
        return $"# {c.Code} — {c.Title}\n\n| | |\n| --- | --- |\n| Reported by | Designer, while {c.Stage} |\n\n## What it means\n\n{c.Meaning}\n\n## How to fix\n\n{c.Fix}\n{example}";
    }
}
