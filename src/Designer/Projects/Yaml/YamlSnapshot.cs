using System.Text;
using Designer.Diagnostics;

namespace Designer.Projects.Yaml;

/// <summary>
/// The nodes of a YAML text as the reader made them, written in a compact binary form with a hash of the text.
/// The built-in rule pack ships with one (made by its tests, checked in beside it), so that a run does not scan its
/// 150 KB of YAML at every start: a snapshot is used only when the text it was made from is the text being
/// loaded, so a stale one costs time and never changes a result. Anchors and aliases are not kept (a text that
/// uses them gets no snapshot).
/// </summary>
internal static class YamlSnapshot
{
    private static ReadOnlySpan<byte> Magic => "DSNODES1"u8;

    private const byte ScalarKind = 0;
    private const byte MappingKind = 1;
    private const byte SequenceKind = 2;

    // A scalar's flags: plain, quoted, and whether its value is the text of its span as written (then not stored).
    private const byte PlainFlag = 1;
    private const byte QuotedFlag = 2;
    private const byte AsWrittenFlag = 4;

    /// <summary>FNV-1a over the text's UTF-16 code units and its length: tells a snapshot's text from another.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL ^ (ulong)text.Length;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The snapshot of <paramref name="root"/>, read from <paramref name="text"/>; null when a node appears twice (an alias).</summary>
    public static byte[]? Write(string text, YamlNode root)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(root);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Hash(text));
            var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<YamlNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!seen.Add(node))
                {
                    return null;
                }
                writer.Write7BitEncodedInt(node.Span.Start);
                writer.Write7BitEncodedInt(node.Span.End);
                switch (node)
                {
                    case YamlScalar s:
                        var asWritten = s.Span.End <= text.Length && text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).SequenceEqual(s.Value);
                        writer.Write(ScalarKind);
                        writer.Write((byte)((s.Plain ? PlainFlag : 0) | (s.Quoted ? QuotedFlag : 0) | (asWritten ? AsWrittenFlag : 0)));
                        if (!asWritten)
                        {
                            writer.Write(s.Value);
                        }
                        break;
                    case YamlMapping m:
                        writer.Write(MappingKind);
                        writer.Write7BitEncodedInt(m.Entries.Count);
                        for (var i = m.Entries.Count - 1; i >= 0; i--)
                        {
                            pending.Push(m.Entries[i].Value);
                            pending.Push(m.Entries[i].Key);
                        }
                        break;
                    case YamlSequence q:
                        writer.Write(SequenceKind);
                        writer.Write7BitEncodedInt(q.Items.Count);
                        for (var i = q.Items.Count - 1; i >= 0; i--)
                        {
                            pending.Push(q.Items[i]);
                        }
                        break;
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The nodes of <paramref name="locator"/>'s text from <paramref name="snapshot"/>, or null when the snapshot was
    /// made from another text or is not one.
    /// </summary>
    public static YamlNode? TryRead(TextLocator locator, Stream snapshot)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = locator.Text;
        try
        {
            using var reader = new BinaryReader(snapshot, Encoding.UTF8, leaveOpen: true);
            Span<byte> magic = stackalloc byte[8];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic) || reader.ReadUInt64() != Hash(text))
            {
                return null;
            }
            // Each open collection with how many more of its children (keys count apart from values) are to come.
            var open = new Stack<(YamlNode Node, int Left, YamlScalar? Key)>();
            YamlNode? root = null;
            while (root is null)
            {
                var start = reader.Read7BitEncodedInt();
                var end = reader.Read7BitEncodedInt();
                if (start < 0 || end < start || end > text.Length)
                {
                    return null;
                }
                var span = locator.Span(start, end);
                YamlNode node;
                var children = 0;
                switch (reader.ReadByte())
                {
                    case ScalarKind:
                        var flags = reader.ReadByte();
                        var value = (flags & AsWrittenFlag) != 0 ? text.Substring(start, end - start) : reader.ReadString();
                        node = new YamlScalar(span, value, (flags & PlainFlag) != 0, (flags & QuotedFlag) != 0);
                        break;
                    case MappingKind:
                        node = new YamlMapping(span);
                        children = reader.Read7BitEncodedInt() * 2;
                        break;
                    case SequenceKind:
                        node = new YamlSequence(span);
                        children = reader.Read7BitEncodedInt();
                        break;
                    default:
                        return null;
                }
                if (children > 0)
                {
                    open.Push((node, children, null));
                    continue;
                }
                // The node is whole: hand it to its parent, and every parent it completes to theirs.
                while (true)
                {
                    if (open.Count == 0)
                    {
                        root = node;
                        break;
                    }
                    var (parent, left, key) = open.Pop();
                    parent.AddWeight(node.Weight);
                    switch (parent)
                    {
                        case YamlSequence seq:
                            seq.Items.Add(node);
                            break;
                        case YamlMapping map when key is null:
                            key = node as YamlScalar;
                            if (key is null)
                            {
                                return null;
                            }
                            break;
                        case YamlMapping map:
                            map.Entries.Add((key, node));
                            key = null;
                            break;
                    }
                    if (--left > 0)
                    {
                        open.Push((parent, left, key));
                        break;
                    }
                    node = parent;
                }
            }
            return reader.BaseStream.Position == reader.BaseStream.Length ? root : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
