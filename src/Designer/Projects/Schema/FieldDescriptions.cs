using System.Collections.Frozen;
using Designer.Localization;
using YamlDotNet.RepresentationModel;

namespace Designer.Projects.Schema;

/// <summary>
/// What each field of the project format means, in each language. English is the schema's own description (the C#
/// text that also drives the JSON Schema and the format reference); Spanish and Portuguese are data beside the schema,
/// <c>descriptions.es.yaml</c> and <c>descriptions.pt.yaml</c>, keyed by the field's path as the format reference
/// writes it (<c>components[].activities[].title</c>). A type met at several places (an evaluation, say) is keyed
/// once, at the first place a walk of the format meets it.
/// </summary>
internal static class FieldDescriptions
{
    private static readonly FrozenDictionary<(ObjectType Owner, string Key), string> PathOf = Walk();

    // Each language's descriptions are read the first time a message in that language quotes one.
    private static readonly Lazy<FrozenDictionary<string, string>>[] Translations = [.. Languages.All.Select(l => new Lazy<FrozenDictionary<string, string>>(() => Read(l)))];

    /// <summary>Every field a project file may hold, by path, in the order of the format.</summary>
    public static IReadOnlyList<(string Path, Field Field)> All { get; } = ListFields();

    /// <summary>The paths a language's file has a description for.</summary>
    public static IReadOnlyCollection<string> Translated(Language language) => Translations[(int)language].Value.Keys;

    /// <summary>
    /// The description of <paramref name="field"/> of <paramref name="owner"/>, worded in the language asked for and
    /// without its closing full stop, to be quoted inside a sentence ("Add actors (The organisations involved).").
    /// </summary>
    public static ILocalizable Of(ObjectType owner, Field field) =>
        new Description(PathOf.TryGetValue((owner, field.Key), out var path) ? path : null, field.Description);

    /// <summary>The text for a path in a language, or null when that language's file lacks it.</summary>
    public static string? Find(string path, Language language) =>
        Translations[(int)language].Value.TryGetValue(path, out var text) ? text : null;

    private sealed record Description(string? Path, string English) : ILocalizable
    {
        public string In(Language language) =>
            (language == Language.English || Path is null ? English : Find(Path, language) ?? English).TrimEnd('.');
    }

    private static FrozenDictionary<(ObjectType Owner, string Key), string> Walk() =>
        ListFieldsWithOwners().ToFrozenDictionary(f => (f.Owner, f.Field.Key), f => f.Path, new OwnerAndKeyComparer());

    private static List<(string Path, Field Field)> ListFields() => [.. ListFieldsWithOwners().Select(f => (f.Path, f.Field))];

    private static List<(ObjectType Owner, string Path, Field Field)> ListFieldsWithOwners()
    {
        var fields = new List<(ObjectType, string, Field)>();
        Visit(ProjectSchema.Root, "", new HashSet<ObjectType>(ReferenceEqualityComparer.Instance), fields);
        return fields;
    }

    private static void Visit(ObjectType obj, string path, HashSet<ObjectType> done, List<(ObjectType, string, Field)> fields)
    {
        if (!done.Add(obj))
        {
            return;
        }
        // The computed links are never written in a file, so no message of the loader quotes them.
        foreach (var field in obj.Fields.Where(f => !f.Computed))
        {
            var fieldPath = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            fields.Add((obj, fieldPath, field));
            var (child, childPath) = field.Type switch
            {
                ObjectType o => (o, fieldPath),
                ListType { Item: ObjectType o } => (o, fieldPath + "[]"),
                ListType { Item: ChoiceType c } => (c.Alternatives.OfType<ObjectType>().FirstOrDefault(), fieldPath + "[]"),
                ChoiceType c => (c.Alternatives.OfType<ObjectType>().FirstOrDefault(), fieldPath),
                _ => (null, fieldPath),
            };
            if (child is not null)
            {
                Visit(child, childPath, done, fields);
            }
        }
    }

    private static FrozenDictionary<string, string> Read(Language language)
    {
        if (language == Language.English)
        {
            return FrozenDictionary<string, string>.Empty;
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(EmbeddedResources.Read($"schema/descriptions.{language.Code()}.yaml")));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("fields"), out var node) && node is YamlMappingNode fields)
        {
            foreach (var (key, value) in fields.Children)
            {
                texts[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value ?? "";
            }
        }
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Types are records, compared by value; two places that share an instance are the same type, so compare references.
    private sealed class OwnerAndKeyComparer : IEqualityComparer<(ObjectType Owner, string Key)>
    {
        public bool Equals((ObjectType Owner, string Key) x, (ObjectType Owner, string Key) y) =>
            ReferenceEquals(x.Owner, y.Owner) && x.Key == y.Key;

        public int GetHashCode((ObjectType Owner, string Key) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Owner), obj.Key);
    }
}
