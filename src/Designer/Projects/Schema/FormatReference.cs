using System.Text;

namespace Designer.Projects.Schema;

/// <summary>The project format reference (docs/project-format.md), generated from the same description as the schema.</summary>
public static class FormatReference
{
    public static string Write()
    {
        var sb = new StringBuilder();
        sb.Append("# Project format reference\n\n");
        sb.Append("Generated from Designer's format description by `designer schema --markdown`; the JSON Schema ");
        sb.Append("(`designer schema`) comes from the same source. Do not edit by hand.\n\n");
        sb.Append("A value that starts with `=` is an expression (see [the expression language](expressions.md)); ");
        sb.Append("fields that accept one say so.\n");
        var links = new List<(ObjectType Links, string Path)>();
        Write(sb, ProjectSchema.Root, "", new HashSet<ObjectType>(), links);
        sb.Append("\n## Computed links\n\n");
        sb.Append("Designer never reads these from a file: once every id is known, it adds to each element below a ");
        sb.Append("`links` map holding the elements its references name, so that expressions and templates can walk the ");
        sb.Append("results chain (`activity('C1.1.1').links.output.links.outcomes[0].links.impact.statement`). Links ");
        sb.Append("point up the chain only — activity → output → outcome → impact — so the values never form a cycle.\n");
        foreach (var (obj, path) in links)
        {
            sb.Append("\n### `").Append(path).Append(".links`\n\n").Append(obj.Description).Append("\n\n");
            sb.Append("| key | type | description |\n| --- | --- | --- |\n");
            foreach (var f in obj.Fields)
            {
                sb.Append("| `").Append(f.Key).Append("` | ").Append(TypeName(f.Type)).Append(" | ")
                    .Append(f.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ObjectType obj, string path, HashSet<ObjectType> done, List<(ObjectType Links, string Path)> links)
    {
        if (!done.Add(obj))
        {
            return;
        }
        sb.Append("\n## ").Append(path.Length == 0 ? "Top level" : $"`{path}`").Append("\n\n").Append(obj.Description).Append("\n\n");
        sb.Append("| key | type | required | description | example |\n| --- | --- | --- | --- | --- |\n");
        foreach (var f in obj.Fields.Where(f => !f.Computed))
        {
            sb.Append("| `").Append(f.Key).Append("` | ").Append(TypeName(f.Type)).Append(" | ").Append(f.Required ? "yes" : "no")
                .Append(" | ").Append(f.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ")
                .Append(f.Example is null ? "" : $"`{f.Example}`").Append(" |\n");
        }
        foreach (var f in obj.Fields)
        {
            if (f.Computed)
            {
                links.Add(((ObjectType)f.Type, path));
                continue;
            }
            var child = f.Type switch
            {
                ObjectType o => o,
                ListType { Item: ObjectType o } => o,
                ChoiceType c => c.Alternatives.OfType<ObjectType>().FirstOrDefault(),
                _ => null,
            };
            if (child is not null)
            {
                var childPath = path.Length == 0 ? f.Key : $"{path}.{f.Key}";
                Write(sb, child, f.Type is ListType ? childPath + "[]" : childPath, done, links);
            }
        }
    }

    private static string TypeName(SchemaType t)
    {
        var name = t is ScalarType { AllowExpression: true } s ? s.Name + " or `=` expression" : t.Name;
        return name.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
