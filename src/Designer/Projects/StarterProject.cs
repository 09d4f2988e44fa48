namespace Designer.Projects;

/// <summary>The commented starter project that <c>designer init</c> writes.</summary>
public static class StarterProject
{
    public static string Text => EmbeddedResources.Read("starter.yaml");
}
