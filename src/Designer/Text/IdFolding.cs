using System.Text;

namespace Designer.Text;

/// <summary>
/// How two ids can look the same and differ: by case (<c>Camara</c>, <c>camara</c>) or by Unicode normalisation
/// (<c>cámara</c> with one precomposed <c>á</c>, or with <c>a</c> and a combining accent). Designer runs with
/// invariant globalization, where <see cref="string.Normalize()"/> does nothing, so the Latin letters with one
/// accent (U+00C0 to U+024F, the letters of Spanish, Portuguese and French ids) are decomposed by a table here.
/// </summary>
internal static class IdFolding
{
    private const string Composed = "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D9\u00DA\u00DB\u00DC\u00DD\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F9\u00FA\u00FB\u00FC\u00FD\u00FF\u0100\u0101\u0102\u0103\u0104\u0105\u0106\u0107\u0108\u0109\u010A\u010B\u010C\u010D\u010E\u010F\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011A\u011B\u011C\u011D\u011E\u011F\u0120\u0121\u0122\u0123\u0124\u0125\u0128\u0129\u012A\u012B\u012C\u012D\u012E\u012F\u0130\u0134\u0135\u0136\u0137\u0139\u013A\u013B\u013C\u013D\u013E\u0143\u0144\u0145\u0146\u0147\u0148\u014C\u014D\u014E\u014F\u0150\u0151\u0154\u0155\u0156\u0157\u0158\u0159\u015A\u015B\u015C\u015D\u015E\u015F\u0160\u0161\u0162\u0163\u0164\u0165\u0168\u0169\u016A\u016B\u016C\u016D\u016E\u016F\u0170\u0171\u0172\u0173\u0174\u0175\u0176\u0177\u0178\u0179\u017A\u017B\u017C\u017D\u017E\u01A0\u01A1\u01AF\u01B0\u01CD\u01CE\u01CF\u01D0\u01D1\u01D2\u01D3\u01D4\u01E6\u01E7\u01E8\u01E9\u01EA\u01EB\u01F0\u01F4\u01F5\u01F8\u01F9\u0200\u0201\u0202\u0203\u0204\u0205\u0206\u0207\u0208\u0209\u020A\u020B\u020C\u020D\u020E\u020F\u0210\u0211\u0212\u0213\u0214\u0215\u0216\u0217\u0218\u0219\u021A\u021B\u021E\u021F\u0226\u0227\u0228\u0229\u022E\u022F\u0232\u0233";
    private const string Decomposed = "\u0041\u0300\u0041\u0301\u0041\u0302\u0041\u0303\u0041\u0308\u0041\u030A\u0043\u0327\u0045\u0300\u0045\u0301\u0045\u0302\u0045\u0308\u0049\u0300\u0049\u0301\u0049\u0302\u0049\u0308\u004E\u0303\u004F\u0300\u004F\u0301\u004F\u0302\u004F\u0303\u004F\u0308\u0055\u0300\u0055\u0301\u0055\u0302\u0055\u0308\u0059\u0301\u0061\u0300\u0061\u0301\u0061\u0302\u0061\u0303\u0061\u0308\u0061\u030A\u0063\u0327\u0065\u0300\u0065\u0301\u0065\u0302\u0065\u0308\u0069\u0300\u0069\u0301\u0069\u0302\u0069\u0308\u006E\u0303\u006F\u0300\u006F\u0301\u006F\u0302\u006F\u0303\u006F\u0308\u0075\u0300\u0075\u0301\u0075\u0302\u0075\u0308\u0079\u0301\u0079\u0308\u0041\u0304\u0061\u0304\u0041\u0306\u0061\u0306\u0041\u0328\u0061\u0328\u0043\u0301\u0063\u0301\u0043\u0302\u0063\u0302\u0043\u0307\u0063\u0307\u0043\u030C\u0063\u030C\u0044\u030C\u0064\u030C\u0045\u0304\u0065\u0304\u0045\u0306\u0065\u0306\u0045\u0307\u0065\u0307\u0045\u0328\u0065\u0328\u0045\u030C\u0065\u030C\u0047\u0302\u0067\u0302\u0047\u0306\u0067\u0306\u0047\u0307\u0067\u0307\u0047\u0327\u0067\u0327\u0048\u0302\u0068\u0302\u0049\u0303\u0069\u0303\u0049\u0304\u0069\u0304\u0049\u0306\u0069\u0306\u0049\u0328\u0069\u0328\u0049\u0307\u004A\u0302\u006A\u0302\u004B\u0327\u006B\u0327\u004C\u0301\u006C\u0301\u004C\u0327\u006C\u0327\u004C\u030C\u006C\u030C\u004E\u0301\u006E\u0301\u004E\u0327\u006E\u0327\u004E\u030C\u006E\u030C\u004F\u0304\u006F\u0304\u004F\u0306\u006F\u0306\u004F\u030B\u006F\u030B\u0052\u0301\u0072\u0301\u0052\u0327\u0072\u0327\u0052\u030C\u0072\u030C\u0053\u0301\u0073\u0301\u0053\u0302\u0073\u0302\u0053\u0327\u0073\u0327\u0053\u030C\u0073\u030C\u0054\u0327\u0074\u0327\u0054\u030C\u0074\u030C\u0055\u0303\u0075\u0303\u0055\u0304\u0075\u0304\u0055\u0306\u0075\u0306\u0055\u030A\u0075\u030A\u0055\u030B\u0075\u030B\u0055\u0328\u0075\u0328\u0057\u0302\u0077\u0302\u0059\u0302\u0079\u0302\u0059\u0308\u005A\u0301\u007A\u0301\u005A\u0307\u007A\u0307\u005A\u030C\u007A\u030C\u004F\u031B\u006F\u031B\u0055\u031B\u0075\u031B\u0041\u030C\u0061\u030C\u0049\u030C\u0069\u030C\u004F\u030C\u006F\u030C\u0055\u030C\u0075\u030C\u0047\u030C\u0067\u030C\u004B\u030C\u006B\u030C\u004F\u0328\u006F\u0328\u006A\u030C\u0047\u0301\u0067\u0301\u004E\u0300\u006E\u0300\u0041\u030F\u0061\u030F\u0041\u0311\u0061\u0311\u0045\u030F\u0065\u030F\u0045\u0311\u0065\u0311\u0049\u030F\u0069\u030F\u0049\u0311\u0069\u0311\u004F\u030F\u006F\u030F\u004F\u0311\u006F\u0311\u0052\u030F\u0072\u030F\u0052\u0311\u0072\u0311\u0055\u030F\u0075\u030F\u0055\u0311\u0075\u0311\u0053\u0326\u0073\u0326\u0054\u0326\u0074\u0326\u0048\u030C\u0068\u030C\u0041\u0307\u0061\u0307\u0045\u0327\u0065\u0327\u004F\u0307\u006F\u0307\u0059\u0304\u0079\u0304";

    /// <summary>How two ids that are not equal relate.</summary>
    public enum Likeness
    {
        Different,
        Same,
        DiffersByNormalization,
        DiffersByCase,
    }

    /// <summary>The id with each accented Latin letter decomposed into its base letter and combining accent.</summary>
    public static string Decompose(string id)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < id.Length; i++)
        {
            var k = Composed.IndexOf(id[i]);
            if (k < 0)
            {
                sb?.Append(id[i]);
                continue;
            }
            sb ??= new StringBuilder(id.Length + 4).Append(id, 0, i);
            sb.Append(Decomposed, 2 * k, 2);
        }
        return sb?.ToString() ?? id;
    }

    /// <summary>The key under which ids that differ only by case or normalisation meet.</summary>
    public static string Key(string id) => Decompose(id).ToLowerInvariant();

    /// <summary>
    /// Compares decomposed ids as <see cref="Key"/> does, without making their lower-case copies: a table of
    /// <see cref="Decompose"/>d ids with this comparer finds what a table of keys finds.
    /// </summary>
    public static IEqualityComparer<string> CaseFolded { get; } = new CaseFoldedComparer();

    private sealed class CaseFoldedComparer : IEqualityComparer<string>
    {
        // Longer ids are lowered into strings, as Key does; ids are short.
        private const int OnStack = 128;

        public bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }
            // Lowering keeps the length (one UTF-16 unit or surrogate pair for another).
            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }
            if (x.Length > OnStack)
            {
                return string.Equals(x.ToLowerInvariant(), y.ToLowerInvariant(), StringComparison.Ordinal);
            }
            Span<char> a = stackalloc char[x.Length];
            Span<char> b = stackalloc char[y.Length];
            x.AsSpan().ToLowerInvariant(a);
            y.AsSpan().ToLowerInvariant(b);
            return a.SequenceEqual(b);
        }

        public int GetHashCode(string id)
        {
            if (id.Length > OnStack)
            {
                return string.GetHashCode(id.ToLowerInvariant().AsSpan());
            }
            Span<char> lower = stackalloc char[id.Length];
            id.AsSpan().ToLowerInvariant(lower);
            return string.GetHashCode(lower);
        }
    }

    /// <summary>How <paramref name="a"/> relates to <paramref name="b"/>.</summary>
    public static Likeness Compare(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return Likeness.Same;
        }
        var da = Decompose(a);
        var db = Decompose(b);
        if (string.Equals(da, db, StringComparison.Ordinal))
        {
            return Likeness.DiffersByNormalization;
        }
        return string.Equals(da.ToLowerInvariant(), db.ToLowerInvariant(), StringComparison.Ordinal) ? Likeness.DiffersByCase : Likeness.Different;
    }

    /// <summary>The difference in words, for a message: "only by case".</summary>
    public static string Explain(Likeness likeness) => likeness switch
    {
        Likeness.DiffersByNormalization => "only by Unicode normalisation (the same letters, one written with a combining accent): retype it",
        Likeness.DiffersByCase => "only by case",
        _ => "",
    };
}
