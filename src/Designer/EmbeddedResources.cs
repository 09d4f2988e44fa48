namespace Designer;

/// <summary>Reads the rule packs, templates and examples embedded in the library.</summary>
internal static class EmbeddedResources
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The resource <paramref name="name"/> as a stream, or null when there is none.</summary>
    public static Stream? Open(string name) => typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name);

    public static IEnumerable<string> Names(string prefix) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);
}
