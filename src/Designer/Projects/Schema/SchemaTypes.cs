namespace Designer.Projects.Schema;

/// <summary>The shape a value of the project format must have. One description drives validation, the JSON
/// Schema (<c>designer schema</c>) and the format reference, so the three cannot disagree.</summary>
public abstract record SchemaType(string Description)
{
    public abstract string Name { get; }
}

/// <summary>Scalar kinds of the format.</summary>
public enum ScalarKind
{
    String,
    Int,
    Number,
    Bool,
    YearMonth,
    Ratio,
}

/// <summary>A scalar: text, a whole number, a number, a yes/no, a year-month, or a ratio from 0 to 1.</summary>
public sealed record ScalarType(ScalarKind Kind, string Description, IReadOnlyList<string>? Enum = null, bool AllowExpression = false, ReferenceTarget? RefersTo = null)
    : SchemaType(Description)
{
    /// <summary>Smallest value a whole number may take, when it has a sane range (months, years, durations).</summary>
    public long? Min { get; init; }

    /// <summary>Largest value a whole number may take.</summary>
    public long? Max { get; init; }

    public override string Name => Enum is not null ? "one of " + string.Join(", ", Enum) : Kind switch
    {
        ScalarKind.String => RefersTo is null ? "text" : $"id of {RefersTo}",
        ScalarKind.Int => "whole number",
        ScalarKind.Number => "number",
        ScalarKind.Bool => "true or false",
        ScalarKind.YearMonth => "year-month (YYYY-MM)",
        ScalarKind.Ratio => "ratio from 0 to 1",
        _ => "value",
    };
}

/// <summary>A list of items of one type.</summary>
public sealed record ListType(SchemaType Item, string Description) : SchemaType(Description)
{
    public override string Name => "list of " + Item.Name;
}

/// <summary>A mapping with known keys.</summary>
public sealed record ObjectType(string Title, IReadOnlyList<Field> Fields, string Description) : SchemaType(Description)
{
    public override string Name => Title;

    public Field? Find(string key)
    {
        // A loop, not LINQ: the binder asks once per key of every file, and a closure per call adds up.
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Key, key, StringComparison.Ordinal))
            {
                return Fields[i];
            }
        }
        return null;
    }

    /// <summary>Whether Designer adds a computed <c>links</c> entry to values of this type.</summary>
    public bool HasLinks { get; } = Fields.Any(f => f.Computed);
}

/// <summary>What the keys of a <see cref="DictionaryType"/> are.</summary>
public enum DictionaryKeys
{
    /// <summary>Names chosen by the user, as identifiers (<c>derived</c>).</summary>
    Names,

    /// <summary>Calendar years such as 2028 (yearly milestones, a budget by year); whole numbers in expressions.</summary>
    Years,
}

/// <summary>A mapping whose keys are names chosen by the user (e.g. <c>derived</c>) or years, each value of one type.</summary>
public sealed record DictionaryType(SchemaType Value, string Description, DictionaryKeys Keys = DictionaryKeys.Names) : SchemaType(Description)
{
    public override string Name => (Keys == DictionaryKeys.Years ? "mapping of years to " : "mapping of names to ") + Value.Name;
}

/// <summary>One of several shapes, chosen by how the value is written: a scalar, a list or a mapping
/// (<c>measures: cluster-sales</c> or <c>measures: [cluster-sales, cluster-exports]</c>).</summary>
public sealed record ChoiceType(IReadOnlyList<SchemaType> Alternatives, string Description) : SchemaType(Description)
{
    public override string Name => string.Join(" or ", Alternatives.Select(a => a.Name));
}

/// <summary>One key of an object: its type, whether it must be present, what it means and an example.
/// A <paramref name="Computed"/> key is never written in a file: Designer fills it in (<c>links</c>) for expressions and templates.</summary>
public sealed record Field(string Key, SchemaType Type, bool Required, string Description, string? Example = null, bool Computed = false);
