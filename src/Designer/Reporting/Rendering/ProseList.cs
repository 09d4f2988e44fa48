using System.Globalization;

namespace Designer.Reporting.Rendering;

/// <summary>
/// A list as a sentence writes it, with the language's "and" before the last item: <c>a, b and c</c> (es
/// <c>a, b y c</c>, pt <c>a, b e c</c>); items that hold commas of their own are parted by semicolons, the last with
/// "; and" (<c>a; b; y c</c>), two of them with "and" alone.
/// </summary>
internal static class ProseList
{
    public static string Join(IReadOnlyList<string> items, Labels labels, bool semicolons = false)
    {
        if (items.Count < 2)
        {
            return items.Count == 0 ? "" : items[0];
        }
        // Spanish writes "e" for "y" before the sound /i/ (Catarina e Itabaianinha); the dictionary says so with
        // the "-i" labels, which are the plain ones in English and Portuguese.
        var key = (items.Count > 2 && semicolons ? "list.and-semicolon" : "list.and") + (StartsWithI(items[^1]) ? "-i" : "");
        var separator = semicolons ? "; " : ", ";
        return labels.Text(key, ("items", string.Join(separator, items.Take(items.Count - 1))), ("last", items[^1]));
    }

    /// <summary>Whether a text begins with the sound /i/: <c>Instituto</c>, <c>“Hilados”</c>, but not <c>hierro</c>.</summary>
    internal static bool StartsWithI(string text)
    {
        var t = text.TrimStart('“', '"', '«', '(', '¿', '¡', '*', ' ').ToLowerInvariant();
        if (t.StartsWith('h'))
        {
            t = t[1..];
        }
        return t.Length > 0 && t[0] is 'i' or 'í' && (t.Length == 1 || t[1] is not ('a' or 'e' or 'o' or 'u' or 'á' or 'é' or 'ó' or 'ú'));
    }

    /// <summary>The non-empty texts of a template's array (or one value), in order.</summary>
    public static List<string> Texts(object? items) => items switch
    {
        null => [],
        string s => s.Length == 0 ? [] : [s],
        System.Collections.IEnumerable seq => [.. seq.Cast<object?>()
            .Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "")
            .Where(s => s.Length > 0)],
        _ => [Convert.ToString(items, CultureInfo.InvariantCulture) ?? ""],
    };
}
