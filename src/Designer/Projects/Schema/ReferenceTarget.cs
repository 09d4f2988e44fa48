namespace Designer.Projects.Schema;

/// <summary>What an id field refers to: its name in messages, the kinds of element (object titles) whose ids
/// it may name, and where a user finds them.</summary>
public sealed record ReferenceTarget(string Name, IReadOnlyList<string> Kinds, string Listed)
{
    public static readonly ReferenceTarget Actor = new("actor", ["actor"], "actors");

    public static readonly ReferenceTarget Indicator = new("indicator", ["indicator"], "indicators");

    public static readonly ReferenceTarget ActorOrBody = new("actor or governance body", ["actor", "governance body"], "actors or governance.bodies");

    public static readonly ReferenceTarget Outcome = new("outcome", ["outcome"], "goals.outcomes (give the outcome an `id`)");

    public static readonly ReferenceTarget Output = new("output", ["output"], "components' outputs");

    public static readonly ReferenceTarget ActivityOrOutput = new("activity or output", ["activity", "output"], "components' activities or outputs");

    public static readonly ReferenceTarget TargetGroup = new("target group", ["target group"], "targeting.groups");

    public override string ToString() => Name;
}
