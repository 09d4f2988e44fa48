namespace Designer.Rules;

/// <summary>A rule's texts in another language; a field left null keeps the pack's own text.</summary>
public sealed record RuleTexts(string? Title, string? Lesson, MessageTemplate? Message, string? Help);
