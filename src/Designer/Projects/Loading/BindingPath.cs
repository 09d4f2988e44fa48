using System.Globalization;

namespace Designer.Projects.Loading;

/// <summary>
/// Where the schema binder is in the file (<c>components[0].outputs[1].title</c>), kept as a stack of segments and
/// written out only when a message or an expression needs it: most keys of a file never need their path as text.
/// </summary>
internal sealed class BindingPath
{
    private enum SegmentKind
    {
        Key,
        Index,
        Year,
    }

    private readonly record struct Segment(SegmentKind Kind, string? Key, int Number);

    private Segment[] _segments = new Segment[16];
    private int _count;

    // The text of the path up to _textCount segments: deep paths are asked for again and again in a failing subtree.
    private string _text = "";
    private int _textCount;

    public int Depth => _count;

    public void PushKey(string key) => Push(new Segment(SegmentKind.Key, key, 0));

    public void PushIndex(int index) => Push(new Segment(SegmentKind.Index, null, index));

    public void PushYear(int year) => Push(new Segment(SegmentKind.Year, null, year));

    public void Pop()
    {
        _count--;
        if (_textCount > _count)
        {
            _text = "";
            _textCount = 0;
        }
    }

    /// <summary>The path as messages show it: keys joined by dots, list positions in brackets, years after a dot.</summary>
    public override string ToString()
    {
        if (_textCount == _count)
        {
            return _text;
        }
        var text = _text;
        for (var i = _textCount; i < _count; i++)
        {
            text = Append(text, _segments[i]);
        }
        _text = text;
        _textCount = _count;
        return text;
    }

    /// <summary>The path of a key under the current path, without pushing it.</summary>
    public string With(string key) => Join(ToString(), key);

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Append(string path, Segment segment) => segment.Kind switch
    {
        SegmentKind.Key => Join(path, segment.Key!),
        SegmentKind.Index => path + "[" + segment.Number.ToString(CultureInfo.InvariantCulture) + "]",
        _ => path + "." + segment.Number.ToString(CultureInfo.InvariantCulture),
    };

    private void Push(Segment segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }
        _segments[_count++] = segment;
    }
}
