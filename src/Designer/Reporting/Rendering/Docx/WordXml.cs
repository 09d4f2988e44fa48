using System.Text;
using System.Xml;

namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// Writes one WordprocessingML part element by element, in the <c>w:</c> namespace. The writer takes care of
/// escaping; the callers take care of the schema's element order (the tests hold every file to the Open XML
/// SDK's validator).
/// </summary>
internal sealed class WordXml : IDisposable
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly MemoryStream _stream = new();
    private readonly XmlWriter _xml;

    /// <summary>Starts a part whose root element is <c>w:<paramref name="root"/></c>.</summary>
    public WordXml(string root)
    {
        _xml = XmlWriter.Create(_stream, Settings);
        _xml.WriteStartDocument();
        Open(root);
    }

    /// <summary>Opens <c>w:<paramref name="name"/></c>; its attributes follow, then its children, then <see cref="Close"/>.</summary>
    public WordXml Open(string name)
    {
        _xml.WriteStartElement("w", name, Main);
        return this;
    }

    public WordXml Attr(string name, string value)
    {
        _xml.WriteAttributeString("w", name, Main, value);
        return this;
    }

    public WordXml Attr(string name, long value) => Attr(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An attribute in the relationships namespace, such as a footer reference's <c>r:id</c>.</summary>
    public WordXml RelationshipAttr(string name, string value)
    {
        _xml.WriteAttributeString("r", name, Relationships, value);
        return this;
    }

    public WordXml Close()
    {
        _xml.WriteEndElement();
        return this;
    }

    /// <summary>An element with no attributes and no children, such as <c>&lt;w:b /&gt;</c>.</summary>
    public WordXml Empty(string name) => Open(name).Close();

    /// <summary>An element whose one attribute is <c>w:val</c>.</summary>
    public WordXml Val(string name, string value) => Open(name).Attr("val", value).Close();

    public WordXml Val(string name, long value) => Open(name).Attr("val", value).Close();

    /// <summary>A <c>w:t</c> whose spaces Word keeps.</summary>
    public WordXml Text(string text) => Text("t", text, preserveSpace: true);

    /// <summary>A text element (<c>w:t</c>, <c>w:instrText</c>) holding <paramref name="text"/>.</summary>
    public WordXml Text(string element, string text, bool preserveSpace)
    {
        Open(element);
        if (preserveSpace)
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }
        _xml.WriteString(Sanitize(text));
        return Close();
    }

    /// <summary>
    /// Text an XML part can hold: control characters and direction overrides as visible escapes (as every output
    /// shows them), and anything else XML cannot hold (a lone surrogate, U+FFFE, U+FFFF) as U+FFFD.
    /// </summary>
    public static string Sanitize(string text)
    {
        var escaped = Designer.Text.ControlCharacters.Escape(text, keepLineBreaks: true);
        var bad = -1;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(escaped[i]) && !(i + 1 < escaped.Length && XmlConvert.IsXmlSurrogatePair(escaped[i + 1], escaped[i])))
            {
                bad = i;
                break;
            }
            if (char.IsHighSurrogate(escaped[i]))
            {
                i++;
            }
        }
        if (bad < 0)
        {
            return escaped;
        }
        var chars = escaped.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            if (i + 1 < chars.Length && XmlConvert.IsXmlSurrogatePair(chars[i + 1], chars[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    /// <summary>Closes the root and returns the part's bytes (UTF-8, no byte order mark).</summary>
    public byte[] ToArray()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }
}
