namespace Designer.Expressions.Runtime;

/// <summary>
/// Every text inside a value — map values and list items at any depth, in order — without following the computed
/// <c>links</c> views, so each text is found once, where it is written. Shared by the <c>texts()</c> function and the
/// placeholder scan, which must agree on what "the project's text" is.
/// </summary>
internal static class ValueTexts
{
    public static List<Value> Of(Value root)
    {
        var found = new List<Value>();
        var stack = new Stack<Value>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            switch (v.Kind)
            {
                case ValueKind.String:
                    found.Add(v);
                    break;
                case ValueKind.List:
                    var items = v.AsList.AsSpan();
                    for (var i = items.Length - 1; i >= 0; i--)
                    {
                        stack.Push(items[i]);
                    }
                    break;
                case ValueKind.Map:
                    var entries = v.AsMap.Entries;
                    for (var i = entries.Length - 1; i >= 0; i--)
                    {
                        if (entries[i].Value is not { Kind: ValueKind.Map, AsMap.IsReferenceView: true })
                        {
                            stack.Push(entries[i].Value);
                        }
                    }
                    break;
            }
        }
        return found;
    }
}
