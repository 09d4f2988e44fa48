using Designer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Designer.Projects.Yaml;

/// <summary>
/// Builds <see cref="YamlNode"/>s straight from YamlDotNet's scanner tokens, for the file almost everyone writes:
/// one implicit document of block and flow collections and scalars. It walks the same productions as YamlDotNet's
/// parser (the names below are the parser's), with the same marks, but makes no event objects on the way.
/// <code>
/// stream              ::= STREAM-START block_node? STREAM-END
/// block_node          ::= block_mapping | block_sequence | flow_node
/// block_mapping       ::= BLOCK-MAPPING-START (KEY SCALAR? (VALUE block_value?)?)* BLOCK-END
/// block_value         ::= indentless_sequence | block_node
/// indentless_sequence ::= (BLOCK-ENTRY block_node?)+
/// block_sequence      ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY block_node?)* BLOCK-END
/// flow_node           ::= flow_sequence | flow_mapping | SCALAR
/// flow_sequence       ::= FLOW-SEQUENCE-START (flow_node (FLOW-ENTRY flow_node)* FLOW-ENTRY?)? FLOW-SEQUENCE-END
/// flow_mapping        ::= FLOW-MAPPING-START (flow_pair (FLOW-ENTRY flow_pair)* FLOW-ENTRY?)? FLOW-MAPPING-END
/// flow_pair           ::= (KEY SCALAR? | SCALAR) (VALUE flow_node?)?
/// </code>
/// Anything else — anchors, aliases, tags, directives, explicit documents, complex keys, <c>[a: b]</c> pairs, a
/// scanner error, a depth or node count at a limit — makes <see cref="TryRead"/> give up, and
/// <see cref="YamlReader"/> reads the file again with the event parser, which reports errors and limits as it always
/// has. So this reader never has to say why a file is wrong: it only has to accept nothing the parser rejects, and
/// to build from what it accepts exactly the nodes the event reader builds (tests read every example and fixture
/// both ways and compare them node by node).
/// </summary>
internal sealed class YamlTokenReader
{
    /// <summary>Deeper than this, the event reader's explicit stack takes over, so recursion here stays shallow.</summary>
    private const int MaxRecursion = 100;

    private readonly TextLocator _locator;
    private readonly Scanner _scanner;
    private readonly int _maxDepth;
    private readonly long _maxNodes;
    // Children of the collections being read, innermost last; a finished collection takes its range as one array.
    // Kept per thread between files (empty, so they hold no nodes), since every file needs them.
    [ThreadStatic]
    private static List<(YamlScalar Key, YamlNode Value)>? t_pairs;
    [ThreadStatic]
    private static List<YamlNode>? t_items;
    private readonly List<(YamlScalar Key, YamlNode Value)> _pairs;
    private readonly List<YamlNode> _items;
    private Token? _current;
    private long _total;

    private YamlTokenReader(TextLocator locator, YamlLimits limits)
    {
        _locator = locator;
        _scanner = new Scanner(new StringReader(locator.Text));
        _maxDepth = Math.Min(limits.MaxDepth, MaxRecursion);
        _maxNodes = limits.MaxNodes;
        _pairs = t_pairs ??= [];
        _items = t_items ??= [];
    }

    /// <summary>
    /// Reads the document when it is of the common kind and within the limits; false when the event reader must
    /// read it instead (an error, a limit, or a construct this reader leaves to the parser).
    /// </summary>
    public static bool TryRead(TextLocator locator, YamlLimits limits, out YamlNode? root)
    {
        root = null;
        var reader = new YamlTokenReader(locator, limits);
        try
        {
            return reader.ReadStream(out root);
        }
        catch (YamlException)
        {
            // The event reader meets the same scanner error and reports it.
            return false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return false;
        }
        finally
        {
            // A file given up half-way leaves children behind.
            reader._pairs.Clear();
            reader._items.Clear();
        }
    }

    private bool ReadStream(out YamlNode? root)
    {
        root = null;
        if (!Next() || _current is not StreamStart || !Next())
        {
            return false;
        }
        if (_current is not StreamEnd)
        {
            root = BlockNode(depth: 0, indentless: false);
            if (root is null)
            {
                return false;
            }
        }
        // One implicit document and nothing after it: `---`, `...` and a second document are the parser's.
        return _current is StreamEnd && !_scanner.MoveNext();
    }

    private bool Next()
    {
        if (!_scanner.MoveNext())
        {
            _current = null;
            return false;
        }
        _current = _scanner.Current;
        return true;
    }

    /// <summary>The parser's <c>ParseNode</c> without properties or aliases; null when this reader gives up.</summary>
    private YamlNode? BlockNode(int depth, bool indentless)
    {
        switch (_current)
        {
            case BlockEntry entry when indentless:
                return IndentlessSequence(entry, depth);
            case BlockMappingStart start:
                return BlockMapping(start, depth);
            case BlockSequenceStart start:
                return BlockSequence(start, depth);
            default:
                return FlowNode(depth);
        }
    }

    private YamlNode? FlowNode(int depth)
    {
        switch (_current)
        {
            case Scalar scalar:
                return ScalarNode(scalar);
            case FlowSequenceStart start:
                return FlowSequence(start, depth);
            case FlowMappingStart start:
                return FlowMapping(start, depth);
            default:
                return null;
        }
    }

    private YamlScalar? ScalarNode(Scalar scalar)
    {
        var node = new YamlScalar(
            _locator.Span((int)scalar.Start.Index, (int)scalar.End.Index),
            scalar.Value,
            scalar.Style == ScalarStyle.Plain && !scalar.Value.Contains('\n'),
            scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
        Next();
        return Count(node) ? node : null;
    }

    /// <summary>The parser's empty scalar, for a key or value left out: plain, empty, at one mark.</summary>
    private YamlScalar? Empty(Mark at)
    {
        var index = (int)at.Index;
        var node = new YamlScalar(_locator.Span(index, index), "", plain: true, quoted: false);
        return Count(node) ? node : null;
    }

    private bool Count(YamlNode node)
    {
        _total++;
        return _total <= _maxNodes;
    }

    private YamlMapping? BlockMapping(BlockMappingStart start, int depth)
    {
        if (depth >= _maxDepth)
        {
            return null;
        }
        var from = _pairs.Count;
        Next();
        while (true)
        {
            switch (_current)
            {
                case Key key:
                    Next();
                    YamlScalar? name = _current is Key or Value or BlockEnd ? Empty(key.End) : _current is Scalar s ? ScalarNode(s) : null;
                    if (name is null)
                    {
                        return null;
                    }
                    YamlNode? value;
                    if (_current is Value colon)
                    {
                        Next();
                        value = _current is Key or Value or BlockEnd ? Empty(colon.End) : BlockNode(depth + 1, indentless: true);
                    }
                    else
                    {
                        value = _current is Error or null ? null : Empty(_current.Start);
                    }
                    if (value is null)
                    {
                        return null;
                    }
                    _pairs.Add((name, value));
                    continue;
                case BlockEnd end:
                    Next();
                    return FinishMapping(start.Start, end.End, from);
                default:
                    return null;
            }
        }
    }

    private YamlSequence? BlockSequence(BlockSequenceStart start, int depth)
    {
        if (depth >= _maxDepth)
        {
            return null;
        }
        var from = _items.Count;
        Next();
        while (true)
        {
            switch (_current)
            {
                case BlockEntry entry:
                    Next();
                    var item = _current is BlockEntry or BlockEnd ? Empty(entry.End) : BlockNode(depth + 1, indentless: false);
                    if (item is null)
                    {
                        return null;
                    }
                    _items.Add(item);
                    continue;
                case BlockEnd end:
                    Next();
                    return FinishSequence(start.Start, end.End, from);
                default:
                    return null;
            }
        }
    }

    /// <summary>A list at its key's indentation (<c>key:\n- a</c>): it starts at its first dash, which is not consumed yet.</summary>
    private YamlSequence? IndentlessSequence(BlockEntry first, int depth)
    {
        if (depth >= _maxDepth)
        {
            return null;
        }
        var from = _items.Count;
        while (_current is BlockEntry entry)
        {
            Next();
            var item = _current is BlockEntry or Key or Value or BlockEnd ? Empty(entry.End) : BlockNode(depth + 1, indentless: false);
            if (item is null)
            {
                return null;
            }
            _items.Add(item);
        }
        // Like the parser, the list ends at the token after it, which its mapping reads next.
        return _current is null ? null : FinishSequence(first.Start, _current.End, from);
    }

    private YamlSequence? FlowSequence(FlowSequenceStart start, int depth)
    {
        if (depth >= _maxDepth)
        {
            return null;
        }
        var from = _items.Count;
        Next();
        var first = true;
        while (_current is not FlowSequenceEnd)
        {
            if (!first)
            {
                if (_current is not FlowEntry)
                {
                    return null;
                }
                Next();
                if (_current is FlowSequenceEnd)
                {
                    break;
                }
            }
            // `[a: b]` makes a one-pair mapping inside the list: the parser's.
            var item = _current is Key ? null : FlowNode(depth + 1);
            if (item is null)
            {
                return null;
            }
            _items.Add(item);
            first = false;
        }
        var end = _current.End;
        Next();
        return FinishSequence(start.Start, end, from);
    }

    private YamlMapping? FlowMapping(FlowMappingStart start, int depth)
    {
        if (depth >= _maxDepth)
        {
            return null;
        }
        var from = _pairs.Count;
        Next();
        var first = true;
        while (_current is not FlowMappingEnd)
        {
            if (!first)
            {
                // The parser also takes a scalar here and then rejects most of what follows; that is left to it.
                if (_current is not FlowEntry)
                {
                    return null;
                }
                Next();
                if (_current is FlowMappingEnd)
                {
                    break;
                }
            }
            YamlScalar? name;
            if (_current is Key)
            {
                Next();
                name = _current is Value or FlowEntry or FlowMappingEnd ? Empty(_current.Start) : _current is Scalar s ? ScalarNode(s) : null;
            }
            else
            {
                name = _current is Scalar s ? ScalarNode(s) : null;
            }
            if (name is null)
            {
                return null;
            }
            YamlNode? value;
            if (_current is Value)
            {
                Next();
                value = _current is FlowEntry or FlowMappingEnd ? Empty(_current.Start) : FlowNode(depth + 1);
            }
            else
            {
                value = _current is Scalar or Error or null ? null : Empty(_current.Start);
            }
            if (value is null)
            {
                return null;
            }
            _pairs.Add((name, value));
            first = false;
        }
        var end = _current.End;
        Next();
        return FinishMapping(start.Start, end, from);
    }

    private YamlMapping? FinishMapping(Mark start, Mark end, int from)
    {
        var entries = _pairs.GetRange(from, _pairs.Count - from);
        _pairs.RemoveRange(from, entries.Count);
        var mapping = new YamlMapping(YamlReader.CollectionSpan(_locator, (int)start.Index, end.Index), entries);
        foreach (var (key, value) in entries)
        {
            mapping.AddWeight(key.Weight + value.Weight);
        }
        return Count(mapping) ? mapping : null;
    }

    private YamlSequence? FinishSequence(Mark start, Mark end, int from)
    {
        var items = _items.GetRange(from, _items.Count - from);
        _items.RemoveRange(from, items.Count);
        var sequence = new YamlSequence(YamlReader.CollectionSpan(_locator, (int)start.Index, end.Index), items);
        foreach (var item in items)
        {
            sequence.AddWeight(item.Weight);
        }
        return Count(sequence) ? sequence : null;
    }
}
