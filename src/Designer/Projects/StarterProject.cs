namespace Designer.Projects;

/// <summary>The commented starter project that <c>designer init</c> writes.</summary>
public static class StarterProject
{
    public static string Text => EmbeddedResources.Read("starter.yaml");

    /// <summary>The names of the example projects bundled with Designer.</summary>
    public static IReadOnlyList<string> Examples =>
        EmbeddedResources.Names("examples/").Select(n => Path.GetFileNameWithoutExtension(n["examples/".Length..])).ToList();

    /// <summary>The text of a bundled example, with its schema modeline pointing at the published schema.</summary>
    public static string? Example(string name) =>
        Examples.Contains(name)
            ? EmbeddedResources.Read($"examples/{name}.yaml").Replace("$schema=../docs/project.schema.json", "$schema=project.schema.json", StringComparison.Ordinal)
            : null;
}
