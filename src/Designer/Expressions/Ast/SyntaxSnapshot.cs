using System.Text;
using Designer.Expressions.Runtime;

namespace Designer.Expressions.Ast;

/// <summary>
/// Syntax trees of known expression texts, written in a compact binary form. The built-in rule pack ships with
/// one for every expression of its rules and messages in every language (made by its tests, checked in beside the
/// pack's node snapshots), so that a run does not parse them again with the grammar at every start: parsing was
/// most of the time a one-file check spent on the pack. A tree is looked up by its exact text and is the tree the
/// grammar gives for that text, which the tests hold for every entry; any other text is parsed as before.
/// </summary>
internal static class SyntaxSnapshot
{
    private static ReadOnlySpan<byte> Magic => "DSSYNTX1"u8;

    private enum Tag : byte
    {
        Literal,
        Ident,
        Select,
        Index,
        Call,
        List,
        Map,
        Unary,
        Binary,
        Conditional,
        MinIntMagnitude,
    }

    private static readonly Lazy<Snapshot?> BuiltIn = new(() =>
    {
        using var stream = EmbeddedResources.Open("rules/expressions.ast");
        return stream is null ? null : Snapshot.Read(stream);
    });

    /// <summary>The tree of <paramref name="text"/> when the built-in snapshot holds it.</summary>
    public static bool TryGet(string text, out Expr? syntax)
    {
        syntax = BuiltIn.Value?.Find(text);
        return syntax is not null;
    }

    /// <summary>The snapshot of <paramref name="trees"/> (text and the tree the grammar gives for it), in ordinal order of text.</summary>
    public static byte[] Write(IEnumerable<(string Text, Expr Syntax)> trees)
    {
        var ordered = trees.DistinctBy(t => t.Text, StringComparer.Ordinal).OrderBy(t => t.Text, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write7BitEncodedInt(ordered.Count);
            foreach (var (text, syntax) in ordered)
            {
                using var tree = new MemoryStream();
                using (var treeWriter = new BinaryWriter(tree, Encoding.UTF8, leaveOpen: true))
                {
                    WriteTree(treeWriter, syntax);
                }
                writer.Write(text);
                writer.Write7BitEncodedInt((int)tree.Length);
                writer.Write(tree.GetBuffer(), 0, (int)tree.Length);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The texts a snapshot holds, and their trees, in its order; null when it is not a snapshot.</summary>
    public static IReadOnlyList<(string Text, Expr Syntax)>? ReadAll(Stream stream)
    {
        var snapshot = Snapshot.Read(stream);
        return snapshot?.Texts.Select(t => (t, snapshot.Find(t)!)).ToList();
    }

    private static void WriteTree(BinaryWriter w, Expr expr)
    {
        switch (expr)
        {
            case LiteralExpr literal:
                w.Write((byte)Tag.Literal);
                w.Write((byte)literal.Value.Kind);
                switch (literal.Value.Kind)
                {
                    case ValueKind.Null: break;
                    case ValueKind.Bool: w.Write(literal.Value.AsBool); break;
                    case ValueKind.Int: w.Write(literal.Value.AsInt); break;
                    case ValueKind.Double: w.Write(literal.Value.AsDouble); break;
                    case ValueKind.String: w.Write(literal.Value.AsString); break;
                    default: throw new NotSupportedException($"a literal of kind {literal.Value.Kind}");
                }
                break;
            case IdentExpr ident:
                w.Write((byte)Tag.Ident);
                w.Write(ident.Name);
                break;
            case SelectExpr select:
                w.Write((byte)Tag.Select);
                WriteTree(w, select.Operand);
                w.Write(select.Field);
                w.Write(select.TestOnly);
                break;
            case IndexExpr index:
                w.Write((byte)Tag.Index);
                WriteTree(w, index.Operand);
                WriteTree(w, index.Index);
                break;
            case CallExpr call:
                w.Write((byte)Tag.Call);
                w.Write(call.Target is not null);
                if (call.Target is not null)
                {
                    WriteTree(w, call.Target);
                }
                w.Write(call.Function);
                w.Write7BitEncodedInt(call.Args.Count);
                foreach (var arg in call.Args)
                {
                    WriteTree(w, arg);
                }
                break;
            case ListExpr list:
                w.Write((byte)Tag.List);
                w.Write7BitEncodedInt(list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteTree(w, item);
                }
                break;
            case MapExpr map:
                w.Write((byte)Tag.Map);
                w.Write7BitEncodedInt(map.Entries.Count);
                foreach (var (key, value) in map.Entries)
                {
                    WriteTree(w, key);
                    WriteTree(w, value);
                }
                break;
            case UnaryExpr unary:
                w.Write((byte)Tag.Unary);
                w.Write(unary.Operator);
                WriteTree(w, unary.Operand);
                break;
            case BinaryExpr binary:
                w.Write((byte)Tag.Binary);
                w.Write(binary.Operator);
                WriteTree(w, binary.Left);
                WriteTree(w, binary.Right);
                break;
            case ConditionalExpr conditional:
                w.Write((byte)Tag.Conditional);
                WriteTree(w, conditional.Condition);
                WriteTree(w, conditional.Then);
                WriteTree(w, conditional.Else);
                break;
            case MinIntMagnitudeExpr:
                w.Write((byte)Tag.MinIntMagnitude);
                break;
            default:
                throw new NotSupportedException($"a syntax node {expr.GetType().Name}");
        }
        w.Write7BitEncodedInt(expr.Start);
        w.Write7BitEncodedInt(expr.End);
    }

    private static Expr ReadTree(BinaryReader r)
    {
        var tag = (Tag)r.ReadByte();
        switch (tag)
        {
            case Tag.Literal:
                var value = (ValueKind)r.ReadByte() switch
                {
                    ValueKind.Null => Value.Null,
                    ValueKind.Bool => Value.Bool(r.ReadBoolean()),
                    ValueKind.Int => Value.Int(r.ReadInt64()),
                    ValueKind.Double => Value.Double(r.ReadDouble()),
                    ValueKind.String => Value.String(r.ReadString()),
                    var kind => throw new InvalidDataException($"a literal of kind {kind}"),
                };
                return new LiteralExpr(value, Position(r), Position(r));
            case Tag.Ident:
                return new IdentExpr(r.ReadString(), Position(r), Position(r));
            case Tag.Select:
                return new SelectExpr(ReadTree(r), r.ReadString(), r.ReadBoolean(), Position(r), Position(r));
            case Tag.Index:
                return new IndexExpr(ReadTree(r), ReadTree(r), Position(r), Position(r));
            case Tag.Call:
                var target = r.ReadBoolean() ? ReadTree(r) : null;
                var function = r.ReadString();
                var args = new Expr[r.Read7BitEncodedInt()];
                for (var i = 0; i < args.Length; i++)
                {
                    args[i] = ReadTree(r);
                }
                return new CallExpr(target, function, args, Position(r), Position(r));
            case Tag.List:
                var items = new Expr[r.Read7BitEncodedInt()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ReadTree(r);
                }
                return new ListExpr(items, Position(r), Position(r));
            case Tag.Map:
                var entries = new (Expr, Expr)[r.Read7BitEncodedInt()];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = (ReadTree(r), ReadTree(r));
                }
                return new MapExpr(entries, Position(r), Position(r));
            case Tag.Unary:
                return new UnaryExpr(r.ReadString(), ReadTree(r), Position(r), Position(r));
            case Tag.Binary:
                return new BinaryExpr(r.ReadString(), ReadTree(r), ReadTree(r), Position(r), Position(r));
            case Tag.Conditional:
                return new ConditionalExpr(ReadTree(r), ReadTree(r), ReadTree(r), Position(r), Position(r));
            case Tag.MinIntMagnitude:
                return new MinIntMagnitudeExpr(Position(r), Position(r));
            default:
                throw new InvalidDataException($"a syntax node tagged {tag}");
        }
    }

    private static int Position(BinaryReader r) => r.Read7BitEncodedInt();

    /// <summary>
    /// A read snapshot: where each text's tree starts (each tree is stored with its length); a tree is read when its
    /// text is looked up, as a new tree each time.
    /// </summary>
    private sealed class Snapshot(byte[] data, Dictionary<string, int> offsets)
    {
        public IEnumerable<string> Texts => offsets.Keys.Order(StringComparer.Ordinal);

        public static Snapshot? Read(Stream stream)
        {
            byte[] data;
            if (stream.CanSeek)
            {
                data = new byte[stream.Length - stream.Position];
                stream.ReadExactly(data);
            }
            else
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                data = copy.ToArray();
            }
            try
            {
                using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                {
                    return null;
                }
                var count = reader.Read7BitEncodedInt();
                var offsets = new Dictionary<string, int>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var text = reader.ReadString();
                    var length = reader.Read7BitEncodedInt();
                    offsets[text] = (int)reader.BaseStream.Position;
                    reader.BaseStream.Position += length;
                }
                return reader.BaseStream.Position == data.Length ? new Snapshot(data, offsets) : null;
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException)
            {
                return null;
            }
        }

        public Expr? Find(string text)
        {
            if (!offsets.TryGetValue(text, out var offset))
            {
                return null;
            }
            using var reader = new BinaryReader(new MemoryStream(data, offset, data.Length - offset, writable: false), Encoding.UTF8);
            return ReadTree(reader);
        }
    }
}
