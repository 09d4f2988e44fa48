using Designer.Expressions.Runtime;

namespace Designer.Expressions.Compilation;

/// <summary>A compiled expression node: a closure over its children, evaluated against a frame.</summary>
internal delegate Value Eval(Frame frame);
