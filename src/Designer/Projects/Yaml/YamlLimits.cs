namespace Designer.Projects.Yaml;

/// <summary>Limits that keep a hostile YAML file from exhausting memory or the stack.</summary>
public sealed record YamlLimits
{
    public static readonly YamlLimits Default = new();

    /// <summary>Largest file read, in characters.</summary>
    public long MaxFileSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most nodes in a document, counting every use of an alias as the nodes it repeats.</summary>
    public long MaxNodes { get; init; } = 1_000_000;
}
