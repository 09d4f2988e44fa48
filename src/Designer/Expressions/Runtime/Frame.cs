namespace Designer.Expressions.Runtime;

/// <summary>
/// The state of one evaluation: the scope, the comprehension variables (by slot) and the iteration count.
/// Frames are pooled per thread, so a steady evaluation allocates nothing.
/// </summary>
internal sealed class Frame
{
    [ThreadStatic]
    private static Stack<Frame>? t_pool;

    public IScope Scope = MapScope.Empty;
    public Value[] Locals = [];
    public long Iterations;
    public long Deadline = long.MaxValue;
    public ExpressionLimits Limits = ExpressionLimits.Default;

    public static Frame Rent(IScope scope, int slots, ExpressionLimits limits)
    {
        var pool = t_pool ??= new Stack<Frame>();
        var frame = pool.Count > 0 ? pool.Pop() : new Frame();
        frame.Scope = scope;
        frame.Limits = limits;
        frame.Iterations = 0;
        frame.Deadline = scope.DeadlineTimestamp;
        if (frame.Locals.Length < slots)
        {
            frame.Locals = new Value[slots];
        }
        return frame;
    }

    /// <summary>Counts one comprehension iteration; true when the iteration limit or the run's deadline is reached.</summary>
    public bool Step() =>
        ++Iterations > Limits.MaxIterations
        || (Deadline != long.MaxValue && (Iterations & 63) == 0 && System.Diagnostics.Stopwatch.GetTimestamp() > Deadline);

    public static void Return(Frame frame)
    {
        frame.Scope = MapScope.Empty;
        Array.Clear(frame.Locals);
        t_pool!.Push(frame);
    }
}
