using System.Diagnostics;

namespace Designer.Rules;

/// <summary>What is left of a <see cref="CheckLimits"/> budget while one project is checked.</summary>
internal sealed class RunBudget
{
    private readonly CheckLimits _limits;
    private long _messageChars;

    public RunBudget(CheckLimits limits)
    {
        _limits = limits;
        var now = Stopwatch.GetTimestamp();
        var seconds = limits.MaxTime.TotalSeconds;
        Deadline = seconds <= 0 ? long.MinValue
            : seconds >= (long.MaxValue - now) / (double)Stopwatch.Frequency ? long.MaxValue
            : now + (long)(seconds * Stopwatch.Frequency);
    }

    /// <summary>The Stopwatch timestamp at which evaluation stops.</summary>
    public long Deadline { get; }

    public int Findings { get; private set; }

    /// <summary>The rule being evaluated, named in the LIM finding as where the limit was reached.</summary>
    public string? Rule { get; set; }

    private string Where => Rule is null ? "" : $"; reached in rule {Rule}";

    /// <summary>Which limit was reached, in words for the LIM finding; null while there is budget left.</summary>
    public string? Exhausted { get; private set; }

    /// <summary>The code of the LIM finding for the limit reached.</summary>
    public string? Code { get; private set; }

    public bool TimeIsUp => Stopwatch.GetTimestamp() > Deadline;

    /// <summary>Checks the clock; true (and the budget exhausted) when the time is up.</summary>
    public bool CheckTime()
    {
        if (Exhausted is null && TimeIsUp)
        {
            Code = Checker.TimeBudget;
            Exhausted = $"the rules took longer than {_limits.MaxTime.TotalSeconds:N0} s, the time budget of one project; rules after this point are not checked (limit){Where}";
        }
        return Exhausted is not null;
    }

    /// <summary>The message cut to the longest allowed, counted against the total.</summary>
    public string Take(string message)
    {
        if (message.Length > _limits.MaxMessageLength)
        {
            message = message[.._limits.MaxMessageLength] + $"… (message cut at {_limits.MaxMessageLength:N0} characters)";
        }
        Findings++;
        _messageChars += message.Length;
        if (Exhausted is null && _messageChars > _limits.MaxTotalMessageLength)
        {
            Code = Checker.MessageBudget;
            Exhausted = $"the findings' messages passed {_limits.MaxTotalMessageLength:N0} characters together; the rest are not reported (limit){Where}";
        }
        if (Exhausted is null && Findings > _limits.MaxFindings)
        {
            Code = Checker.TooManyFindings;
            Exhausted = $"more than {_limits.MaxFindings:N0} findings; the rest are not reported (limit){Where}";
        }
        return message;
    }
}
