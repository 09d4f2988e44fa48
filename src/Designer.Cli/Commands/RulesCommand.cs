using System.CommandLine;
using Designer.Diagnostics;
using Designer.Reporting;
using Designer.Rules;

namespace Designer.Cli.Commands;

/// <summary><c>designer rules list|show ID|test|docs</c>: lists, documents and self-tests rule packs.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext ctx)
    {
        var rulesOption = new Option<string[]>("--rules") { Description = "Add a rule pack (repeatable)" };
        var noBuiltIn = new Option<bool>("--no-builtin") { Description = "Leave out the built-in mif-territorial pack" };

        var list = new Command("list", "List the rules: id, severity, area and title.\n\nExample:\n  designer rules list") { rulesOption, noBuiltIn };
        list.SetAction(p => WithPacks(ctx, p.GetValue(rulesOption), p.GetValue(noBuiltIn), packs =>
        {
            foreach (var rule in packs.SelectMany(x => x.Rules))
            {
                ctx.Out.WriteLine($"{rule.Id,-8} {rule.Severity.ToName(),-8} {Text.ControlCharacters.Escape(rule.Area),-15} {Text.ControlCharacters.Escape(rule.Title)}");
            }
            return ExitCodes.Ok;
        }));

        var id = new Argument<string>("id") { Description = "A rule id or any code Designer prints, e.g. MON001, DSG102, SUP001" };
        var show = new Command("show", "Show a rule (its lesson and citation, what it checks, its parameters and test cases), or explain any other code Designer prints.\n\nExample:\n  designer rules show MON001\n  designer rules show DSG102") { id, rulesOption, noBuiltIn };
        show.SetAction(p => WithPacks(ctx, p.GetValue(rulesOption), p.GetValue(noBuiltIn), packs =>
        {
            var wanted = p.GetValue(id)!;
            var all = packs.SelectMany(x => x.Rules).ToList();
            var rule = all.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                // Every code Designer prints can be explained here, not only the rules of the packs.
                if (CodeCatalogue.Find(wanted) is { } code)
                {
                    ctx.Out.Write(CodeCatalogue.Page(code));
                    return ExitCodes.Ok;
                }
                var suggestion = Text.Suggestions.Closest(wanted, all.Select(r => r.Id).Concat(CodeCatalogue.All.Select(c => c.Code)));
                ctx.Err.WriteLine($"designer: no rule or code `{wanted}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?") + " `designer rules list` lists the rules.");
                return ExitCodes.BadInput;
            }
            ctx.Out.Write(RuleDocs.Page(rule, packs.First(x => x.Rules.Contains(rule))));
            return ExitCodes.Ok;
        }));

        var test = new Command("test", "Run every rule's own pass and fail cases; a rule without both fails.\n\nExample:\n  designer rules test --rules agency-rules.yaml") { rulesOption, noBuiltIn };
        test.SetAction(p => WithPacks(ctx, p.GetValue(rulesOption), p.GetValue(noBuiltIn), packs =>
        {
            var failures = 0;
            var cases = 0;
            foreach (var rule in packs.SelectMany(x => x.Rules))
            {
                var result = RuleTester.Test(rule);
                cases += result.Passed + result.Failures.Count;
                if (result.Ok)
                {
                    ctx.Out.WriteLine($"ok   {rule.Id} ({result.Passed} cases)");
                    continue;
                }
                failures++;
                ctx.Out.WriteLine($"FAIL {rule.Id}");
                foreach (var f in result.Failures)
                {
                    ctx.Out.WriteLine($"     {rule.Id}: {Text.ControlCharacters.Escape(f.ToString(), keepLineBreaks: true)}");
                }
            }
            var total = packs.Sum(x => x.Rules.Count);
            ctx.Out.WriteLine($"{total - failures} passed, {failures} failed");
            return failures == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }));

        var outDir = new Option<string>("--out") { Description = "Folder for the pages", DefaultValueFactory = _ => "docs/rules" };
        var docs = new Command("docs", "Write one Markdown page per rule, and an index.\n\nExample:\n  designer rules docs --out docs/rules") { outDir, rulesOption, noBuiltIn };
        docs.SetAction(p => WithPacks(ctx, p.GetValue(rulesOption), p.GetValue(noBuiltIn), packs =>
        {
            var pages = RuleDocs.All(packs);
            var dir = p.GetValue(outDir)!;
            Reporting.SafeFileWriter.WriteAll(Path.GetFullPath(dir, ctx.WorkingDirectory), pages);
            ctx.Out.WriteLine($"wrote {pages.Count} pages to {dir}");
            return ExitCodes.Ok;
        }));

        return new Command("rules", "List, document and self-test rule packs.") { list, show, test, docs };
    }

    private static int WithPacks(CliContext ctx, string[]? rulePacks, bool noBuiltIn, Func<List<RulePack>, int> action)
    {
        var packs = CheckCommand.LoadPacks(ctx, rulePacks ?? [], noBuiltIn);
        return packs is null ? ExitCodes.BadInput : action(packs);
    }
}
