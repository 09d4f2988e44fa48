using BenchmarkDotNet.Attributes;
using Designer.Expressions;
using DynamicExpresso;

namespace Designer.Benchmarks;

/// <summary>Parse and evaluation of E1–E6 by Designer, NCalc and DynamicExpresso, in one run, on the same data.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
public class ExpressionBenchmarks
{
    private CompiledExpression _designer = null!;
    private NCalc.Expression _ncalc = null!;
    private Func<BenchData.TypedProject, bool> _dynamic = null!;
    private Interpreter _interpreter = null!;

    [Params("E1", "E2", "E3", "E4", "E5", "E6")]
    public string Id { get; set; } = "E1";

    private (string Designer, string NCalc, string DynamicExpresso) Text => BenchData.Expressions[Id];

    [GlobalSetup]
    public void Setup()
    {
        _designer = ExpressionEngine.Compile(Text.Designer);
        _ncalc = NCalcEngine.Prepare(Text.NCalc, BenchData.AsDictionary(BenchData.Typed));
        _interpreter = new Interpreter(InterpreterOptions.Default | InterpreterOptions.LambdaExpressions);
        // DynamicExpresso compiled to a typed delegate: the typed ceiling the others are compared with.
        _dynamic = _interpreter.ParseAsDelegate<Func<BenchData.TypedProject, bool>>(Text.DynamicExpresso, "p");
        if (!Equals(true, _designer.Evaluate(BenchData.DesignerScope).AsBool) || !Equals(true, _ncalc.Evaluate()) || !_dynamic(BenchData.Typed))
        {
            throw new InvalidOperationException($"{Id} does not give true on every engine");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("eval")]
    public bool Designer_eval() => _designer.Evaluate(BenchData.DesignerScope).IsTrue;

    [Benchmark, BenchmarkCategory("eval")]
    public object? NCalc_eval() => _ncalc.Evaluate();

    [Benchmark, BenchmarkCategory("eval")]
    public bool DynamicExpresso_eval() => _dynamic(BenchData.Typed);

    [Benchmark, BenchmarkCategory("parse")]
    public object Designer_parse() => ExpressionEngine.Compile(Text.Designer);

    [Benchmark, BenchmarkCategory("parse")]
    public object NCalc_parse() => NCalcEngine.Parse(Text.NCalc);

    [Benchmark, BenchmarkCategory("parse")]
    public object DynamicExpresso_parse() => _interpreter.Parse(Text.DynamicExpresso, new Parameter("p", typeof(BenchData.TypedProject)));
}
