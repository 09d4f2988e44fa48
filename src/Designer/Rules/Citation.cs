namespace Designer.Rules;

/// <summary>A rule's citation of its source; a rule that cites nothing (empty or a dash) shows no citation.</summary>
public static class Citation
{
    public static bool IsGiven(string? cite) => cite?.Trim() is { Length: > 0 } c && c is not ("—" or "–" or "-");

    /// <summary>The lesson followed by its citation in brackets, or the lesson alone.</summary>
    public static string WithLesson(string lesson, string? cite) => IsGiven(cite) ? $"{lesson} ({cite!.Trim()})" : lesson;
}
