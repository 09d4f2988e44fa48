namespace Designer.Reporting.Rendering.Docx;

/// <summary>
/// One document to put in a Word file: its id, its title, the Markdown its HTML is made from, and whether it is
/// printed across the page (the logframe's wide matrix).
/// </summary>
internal sealed record DocxDocument(string Id, string Title, string Markdown, bool Landscape);
