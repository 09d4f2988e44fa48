namespace Designer.Expressions.Compilation;

/// <summary>
/// Reads a regular expression's text far enough to tell whether a backtracking engine can only run it in time
/// polynomial in the input: at most one quantifier, on a single character or class, and none of the constructs
/// that can make backtracking explode or that the non-backtracking engine refuses (quantified groups,
/// backreferences, lookarounds, atomic groups, conditionals). Such a pattern is built by the backtracking engine,
/// which builds in microseconds; every other pattern goes to the non-backtracking engine, which matches in linear
/// time but takes milliseconds to build.
/// </summary>
internal static class PatternShape
{
    /// <summary>True when <paramref name="pattern"/> has the shape above; false when in doubt.</summary>
    public static bool IsBacktrackingSafe(string pattern)
    {
        var quantifiers = 0;
        var lastWasGroupEnd = false;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return false;
                    }
                    var e = pattern[i + 1];
                    // \1..\9 and \k<name> refer back to a group: a backtracking engine can take exponential time.
                    if (e is >= '1' and <= '9' or 'k')
                    {
                        return false;
                    }
                    i += 2;
                    if (e is 'p' or 'P' && i < pattern.Length && pattern[i] == '{')
                    {
                        var close = pattern.IndexOf('}', i);
                        if (close < 0)
                        {
                            return false;
                        }
                        i = close + 1;
                    }
                    lastWasGroupEnd = false;
                    continue;
                case '[':
                    i = AfterClass(pattern, i);
                    if (i < 0)
                    {
                        return false;
                    }
                    lastWasGroupEnd = false;
                    continue;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?' && !IsPlainGroupOpening(pattern, i + 2))
                    {
                        return false;
                    }
                    lastWasGroupEnd = false;
                    i++;
                    continue;
                case ')':
                    lastWasGroupEnd = true;
                    i++;
                    continue;
                case '*' or '+' or '?' or '{':
                    if (c == '{' && !IsCountedRepeat(pattern, i))
                    {
                        // A brace that is not a quantifier is a literal character.
                        lastWasGroupEnd = false;
                        i++;
                        continue;
                    }
                    if (lastWasGroupEnd || ++quantifiers > 1)
                    {
                        return false;
                    }
                    i = c == '{' ? pattern.IndexOf('}', i) + 1 : i + 1;
                    // A lazy or possessive mark belongs to the quantifier before it.
                    if (i < pattern.Length && pattern[i] is '?' or '+')
                    {
                        i++;
                    }
                    lastWasGroupEnd = false;
                    continue;
                default:
                    lastWasGroupEnd = false;
                    i++;
                    continue;
            }
        }
        return true;
    }

    // After `(?`: a non-capturing group `(?:`, inline options `(?i)` / `(?i-s:` (not `x`), or a named group `(?<name>` /
    // `(?'name'`. Lookarounds `(?=`, `(?!`, `(?<=`, `(?<!`, atomic `(?>`, conditionals `(?(` and comments are not.
    private static bool IsPlainGroupOpening(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return false;
        }
        var c = pattern[at];
        if (c == ':')
        {
            return true;
        }
        if (c is '<' or '\'')
        {
            return at + 1 < pattern.Length && (char.IsLetter(pattern[at + 1]) || pattern[at + 1] == '_');
        }
        var j = at;
        // `x` lets white space stand between a group and its quantifier, where this reading would not see it.
        while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or '-')
        {
            j++;
        }
        return j > at && j < pattern.Length && pattern[j] is ':' or ')';
    }

    // `{n}`, `{n,}` or `{n,m}` right here.
    private static bool IsCountedRepeat(string pattern, int at)
    {
        var j = at + 1;
        var digits = 0;
        while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
        {
            j++;
            digits++;
        }
        if (digits == 0 || j >= pattern.Length)
        {
            return false;
        }
        if (pattern[j] == ',')
        {
            j++;
            while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
            {
                j++;
            }
        }
        return j < pattern.Length && pattern[j] == '}';
    }

    // The index after the character class that opens at `at`, or -1 when it does not close.
    private static int AfterClass(string pattern, int at)
    {
        var j = at + 1;
        if (j < pattern.Length && pattern[j] == '^')
        {
            j++;
        }
        // A `]` first in the class is a literal.
        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }
        while (j < pattern.Length)
        {
            switch (pattern[j])
            {
                case '\\':
                    j += 2;
                    continue;
                case '[':
                    // A subtraction `[a-z-[aeiou]]` nests a class.
                    var inner = AfterClass(pattern, j);
                    if (inner < 0)
                    {
                        return -1;
                    }
                    j = inner;
                    continue;
                case ']':
                    return j + 1;
                default:
                    j++;
                    continue;
            }
        }
        return -1;
    }
}
