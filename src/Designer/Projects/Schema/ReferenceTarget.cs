namespace Designer.Projects.Schema;

/// <summary>What an id field refers to: its name in messages, the kinds of element (object titles) whose ids
/// it may name, and where a user finds them.</summary>
public sealed record ReferenceTarget(string Name, IReadOnlyList<string> Kinds, string Listed)
{
    public static readonly ReferenceTarget Actor = new("actor", ["actor"], "actors");

    public static readonly ReferenceTarget Indicator = new("indicator", ["indicator"], "indicators");

    public static readonly ReferenceTarget ActorOrBody = new("actor or governance body", ["actor", "governance body"], "actors or governance.bodies");

    public override string ToString() => Name;
}
