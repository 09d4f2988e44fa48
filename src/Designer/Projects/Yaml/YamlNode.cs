using Designer.Diagnostics;

namespace Designer.Projects.Yaml;

/// <summary>A node of a YAML document as Designer reads it: every node keeps its exact source span.</summary>
public abstract class YamlNode(SourceSpan span)
{
    /// <summary>Where the node is written; for a mapping or list, from its first character to its end.</summary>
    public SourceSpan Span { get; internal set; } = span;

    /// <summary>How many nodes this subtree holds, counting aliases as the nodes they stand for.</summary>
    public virtual long Weight => 1;

    /// <summary>Counts a child's weight into a mapping's or a list's.</summary>
    internal virtual void AddWeight(long weight) => throw new InvalidOperationException("a scalar has no children");

    public abstract string KindName { get; }
}

/// <summary>A scalar: its text, whether it was quoted or a block, and its span.</summary>
public sealed class YamlScalar(SourceSpan span, string value, bool plain, bool quoted) : YamlNode(span)
{
    public string Value { get; } = value;

    /// <summary>True for an unquoted, single-line scalar, whose type is inferred (number, bool, null).</summary>
    public bool Plain { get; } = plain;

    /// <summary>True for a single- or double-quoted scalar: its text starts one character after the span.</summary>
    public bool Quoted { get; } = quoted;

    public override string KindName => "a value";
}

/// <summary>A mapping of keys to nodes, in document order.</summary>
public sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceSpan span)
        : this(span, [])
    {
    }

    /// <summary>A mapping whose entries are known when it is made, in a list of the right size.</summary>
    internal YamlMapping(SourceSpan span, List<(YamlScalar Key, YamlNode Value)> entries)
        : base(span) => Entries = entries;

    public List<(YamlScalar Key, YamlNode Value)> Entries { get; }

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    private long _weight = 1;

    public override long Weight => _weight;

    internal override void AddWeight(long weight) => _weight += weight;

    public override string KindName => "a mapping (key: value pairs)";
}

/// <summary>A sequence of nodes.</summary>
public sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceSpan span)
        : this(span, [])
    {
    }

    /// <summary>A list whose items are known when it is made, in a list of the right size.</summary>
    internal YamlSequence(SourceSpan span, List<YamlNode> items)
        : base(span) => Items = items;

    public List<YamlNode> Items { get; }

    private long _weight = 1;

    public override long Weight => _weight;

    internal override void AddWeight(long weight) => _weight += weight;

    public override string KindName => "a list";
}
