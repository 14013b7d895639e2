using BenchmarkDotNet.Attributes;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Benchmarks;

/// <summary>One evaluation of a 50-completion CT structured-education set, and its validation.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EvaluateBenchmarks
{
    private EvaluationInput _input = CtStructuredEducationSet.Input();

    [GlobalSetup]
    public void Setup() => _input = CtStructuredEducationSet.Input();

    [Benchmark]
    public EvaluationResult Evaluate() => RequirementEvaluator.Evaluate(_input);

    [Benchmark]
    public IReadOnlyList<SpecProblem> Validate() => RequirementValidator.Validate(_input.Requirement);
}
