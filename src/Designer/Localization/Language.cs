namespace Designer.Localization;

/// <summary>The languages Designer writes in: its own texts, the rule pack's, and the documents' labels.</summary>
public enum Language
{
    /// <summary>English (<c>en</c>), the default and the fallback of every text.</summary>
    English,

    /// <summary>Spanish (<c>es</c>), as the IDB and the MIF write it in Latin America.</summary>
    Spanish,

    /// <summary>Portuguese (<c>pt</c>), as the IDB and the MIF write it in Brazil.</summary>
    Portuguese,
}
