namespace Designer.Projects.Loading;

/// <summary>What kind of YAML node a value of the format needs; chooses the hint of a wrong-type error.</summary>
internal enum ExpectedShape
{
    Scalar,
    List,
    Mapping,
}
