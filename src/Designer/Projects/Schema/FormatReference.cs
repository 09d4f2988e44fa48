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
        Write(sb, ProjectSchema.Root, "", new HashSet<ObjectType>());
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ObjectType obj, string path, HashSet<ObjectType> done)
    {
        if (!done.Add(obj))
        {
            return;
        }
        sb.Append("\n## ").Append(path.Length == 0 ? "Top level" : $"`{path}`").Append("\n\n").Append(obj.Description).Append("\n\n");
        sb.Append("| key | type | required | description | example |\n| --- | --- | --- | --- | --- |\n");
        foreach (var f in obj.Fields)
        {
            sb.Append("| `").Append(f.Key).Append("` | ").Append(TypeName(f.Type)).Append(" | ").Append(f.Required ? "yes" : "no")
                .Append(" | ").Append(f.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ")
                .Append(f.Example is null ? "" : $"`{f.Example}`").Append(" |\n");
        }
        foreach (var f in obj.Fields)
        {
            var child = f.Type switch
            {
                ObjectType o => o,
                ListType { Item: ObjectType o } => o,
                _ => null,
            };
            if (child is not null)
            {
                var childPath = path.Length == 0 ? f.Key : $"{path}.{f.Key}";
                Write(sb, child, f.Type is ListType ? childPath + "[]" : childPath, done);
            }
        }
    }

    private static string TypeName(SchemaType t)
    {
        var name = t is ScalarType { AllowExpression: true } s ? s.Name + " or `=` expression" : t.Name;
        return name.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
