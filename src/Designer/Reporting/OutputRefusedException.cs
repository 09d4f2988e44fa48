namespace Designer.Reporting;

/// <summary>A write Designer refuses to do (outside the folder, over a device); the command line reports it as bad input.</summary>
public sealed class OutputRefusedException(string message) : IOException(message);
