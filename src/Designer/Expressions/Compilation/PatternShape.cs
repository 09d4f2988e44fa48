namespace Designer.Expressions.Compilation;

/// <summary>
/// Reads a regular expression's text far enough to tell whether a backtracking engine runs it in time linear in the
/// input: no quantifier at all, alternatives in one place only (one group, or the whole pattern), and none of the
/// constructs the non-backtracking engine refuses (backreferences, lookarounds, atomic groups, conditionals). Then
/// each starting position tries at most one path per alternative. Such a pattern is built by the backtracking
/// engine, which builds in microseconds; every other pattern goes to the non-backtracking engine, which matches in
/// linear time whatever the pattern but takes milliseconds to build.
/// </summary>
internal static class PatternShape
{
    /// <summary>True when <paramref name="pattern"/> has the shape above; false when in doubt.</summary>
    public static bool IsBacktrackingSafe(string pattern)
    {
        // Whether each open group (the pattern itself at the bottom) has alternatives, and how many places have.
        var alternating = new Stack<bool>();
        alternating.Push(false);
        var places = 0;
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
                    continue;
                case '[':
                    i = AfterClass(pattern, i);
                    if (i < 0)
                    {
                        return false;
                    }
                    continue;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        var body = AfterGroupHeader(pattern, i + 2);
                        if (body < 0)
                        {
                            return false;
                        }
                        if (pattern[body - 1] == ')')
                        {
                            // `(?i)`: options for the rest of the pattern, not a group.
                            i = body;
                            continue;
                        }
                        i = body;
                    }
                    else
                    {
                        i++;
                    }
                    alternating.Push(false);
                    continue;
                case ')':
                    if (alternating.Count < 2)
                    {
                        return false;
                    }
                    alternating.Pop();
                    i++;
                    continue;
                case '*' or '+' or '?':
                    return false;
                case '{':
                    if (IsCountedRepeat(pattern, i))
                    {
                        return false;
                    }
                    // A brace that is not a quantifier is a literal character.
                    i++;
                    continue;
                case '|':
                    if (!alternating.Peek())
                    {
                        alternating.Pop();
                        alternating.Push(true);
                        if (++places > 1)
                        {
                            return false;
                        }
                    }
                    i++;
                    continue;
                default:
                    i++;
                    continue;
            }
        }
        return alternating.Count == 1;
    }

    // After `(?`: where the group's body starts for a non-capturing group `(?:`, inline options `(?i-s:` or `(?i)`
    // (not `x`, which lets white space stand between a group and a quantifier), or a named group `(?<name>` /
    // `(?'name'`; -1 for lookarounds `(?=`, `(?!`, `(?<=`, `(?<!`, atomic `(?>`, conditionals `(?(` and comments.
    private static int AfterGroupHeader(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return -1;
        }
        var c = pattern[at];
        if (c == ':')
        {
            return at + 1;
        }
        if (c is '<' or '\'')
        {
            if (at + 1 >= pattern.Length || !(char.IsLetter(pattern[at + 1]) || pattern[at + 1] == '_'))
            {
                return -1;
            }
            var close = pattern.IndexOf(c == '<' ? '>' : '\'', at + 1);
            return close < 0 ? -1 : close + 1;
        }
        var j = at;
        while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or '-')
        {
            j++;
        }
        return j > at && j < pattern.Length && pattern[j] is ':' or ')' ? j + 1 : -1;
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
