using System.CommandLine;
using Designer.Diagnostics;
using Designer.Expressions;
using Designer.Expressions.Parsing;
using Designer.Expressions.Runtime;
using Designer.Projects;

namespace Designer.Cli.Commands;

/// <summary><c>designer eval 'EXPR' [--in FILE] [--json]</c>: evaluates one expression.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext ctx)
    {
        var expr = new Argument<string>("expression") { Description = "The expression, e.g. '1_250_000 / (1_250_000 + 1_050_000) <= 0.6'" };
        var input = new Option<string?>("--in") { Description = "Evaluate in the scope of this project file: its sections, derived values and computed fields" };
        var data = new Option<string?>("--data") { Description = "Evaluate in the scope of a plain YAML or JSON file: its top-level keys are the names (for trying a rule on ad-hoc data)" };
        var json = new Option<bool>("--json") { Description = "Print {\"type\": ..., \"value\": ...} instead of a CEL literal" };
        var command = new Command("eval", "Evaluate an expression and print its value.\n\nExamples:\n  designer eval '7 / 2'\n  designer eval \"size(sectors)\" --in examples/sergipe-apparel.yaml\n  designer eval \"indicators.filter(i, i.horizon == 'long').map(i, i.id)\" --in examples/sergipe-apparel.yaml --json\n  designer eval \"indicators.filter(i, i.id == 'cluster-sales')[0].target\" --in examples/sergipe-apparel.yaml\n  designer eval \"size(firms.filter(f, f.exports > 0))\" --data sample.yaml")
        {
            expr, input, data, json,
        };
        command.SetAction(parse => Run(ctx, parse.GetValue(expr)!, parse.GetValue(input), parse.GetValue(json), parse.GetValue(data)));
        return command;
    }

    public static int Run(CliContext ctx, string text, string? inputFile, bool json, string? dataFile = null)
    {
        IScope scope = MapScope.Empty;
        if (inputFile is not null && dataFile is not null)
        {
            ctx.Err.WriteLine("designer: give either --in (a project) or --data (a plain YAML or JSON file), not both");
            return ExitCodes.BadInput;
        }
        if (dataFile is not null)
        {
            var (map, diagnostics) = DataFile.Load(Path.GetFullPath(dataFile, ctx.WorkingDirectory), dataFile);
            if (map is null)
            {
                DiagnosticPrinter.Print(ctx, diagnostics);
                return ExitCodes.BadInput;
            }
            scope = new MapScope(map);
        }
        if (inputFile is not null)
        {
            var loaded = ProjectLoader.LoadFile(Path.GetFullPath(inputFile, ctx.WorkingDirectory), displayName: inputFile);
            if (loaded.Project is null || loaded.HasErrors)
            {
                DiagnosticPrinter.Print(ctx, loaded.Diagnostics);
                return ExitCodes.BadInput;
            }
            scope = loaded.Project.Scope;
        }

        if (!ExpressionEngine.TryCompile(text, out var compiled, out var error))
        {
            ctx.Err.WriteLine(SyntaxErrors.Format(text, error!));
            var at = SourceExcerpt.Of(text, error!.Start + 1, 1);
            ctx.Err.WriteLine("  " + at.Text);
            ctx.Err.WriteLine("  " + new string(' ', at.CaretStart) + "^");
            return ExitCodes.BadInput;
        }
        var value = compiled!.Evaluate(scope);
        if (value.IsError)
        {
            var e = value.AsError;
            var column = Math.Max(e.ExprStart, 0);
            ctx.Err.WriteLine($"Evaluation error (column {column + 1}): {Text.ControlCharacters.Escape(e.Message)}");
            var at = SourceExcerpt.Of(text, column + 1, Math.Max(1, e.ExprEnd - column));
            ctx.Err.WriteLine("  " + at.Text);
            ctx.Err.WriteLine("  " + new string(' ', at.CaretStart) + new string('^', at.CaretWidth));
            if (inputFile is null && dataFile is null && ProjectSectionsNamed(compiled.Syntax).FirstOrDefault() is { } section)
            {
                ctx.Err.WriteLine($"  help: `{section}` is a section of a project; add --in project.yaml to evaluate in a project's scope, or --data FILE for a plain YAML or JSON file.");
            }
            return ExitCodes.Findings;
        }
        if (json)
        {
            ctx.Out.WriteLine($"{{\"type\": \"{value.CelType.Name}\", \"value\": {ValueFormatter.ToInlineJson(value)}}}");
        }
        else
        {
            ctx.Out.WriteLine(ValueFormatter.ToLiteral(value));
        }
        return ExitCodes.Ok;
    }

    /// <summary>Free names of the expression that are top-level sections of a project (`indicators`, `actors`, ...).</summary>
    private static List<string> ProjectSectionsNamed(Expressions.Ast.Expr syntax)
    {
        var found = new List<string>();
        Expressions.Ast.ExprWalk.Visit(syntax, (node, locals) =>
        {
            if (node is Expressions.Ast.IdentExpr id && !locals.Contains(id.Name) && Projects.Schema.ProjectSchema.Root.Find(id.Name) is not null)
            {
                found.Add(id.Name);
            }
            return true;
        });
        return found;
    }
}
