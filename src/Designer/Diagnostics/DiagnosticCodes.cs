namespace Designer.Diagnostics;

/// <summary>
/// The stable codes of Designer's diagnostics. DSG1xx: loading a project; DSG2xx: expressions;
/// DSG3xx: rule packs and configuration; DSG4xx: templates and rendering; DSG5xx: command line and files.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "DSG101";
    public const string UnknownKey = "DSG102";
    public const string WrongType = "DSG103";
    public const string MissingKey = "DSG104";
    public const string DuplicateId = "DSG105";
    public const string UnknownReference = "DSG106";
    public const string BadValue = "DSG107";
    public const string DerivedCycle = "DSG108";
    public const string LimitExceeded = "DSG109";
    public const string UnknownVersion = "DSG110";

    public const string ExpressionSyntax = "DSG201";
    public const string ExpressionUnknownName = "DSG202";
    public const string ExpressionEvaluation = "DSG203";
    public const string ExpressionLimit = "DSG204";

    public const string RulePack = "DSG301";
    public const string RuleExpression = "DSG302";
    public const string Config = "DSG303";
    public const string Suppression = "DSG304";

    public const string Template = "DSG401";
    public const string Render = "DSG402";

    public const string File = "DSG501";
    public const string Usage = "DSG502";
}
